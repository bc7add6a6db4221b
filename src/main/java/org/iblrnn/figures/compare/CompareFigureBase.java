package org.iblrnn.figures.compare;

import org.iblrnn.compare.CompareFigure;
import org.iblrnn.figures.plot.DescribedFigure;

/** Stem, title, question and section of a compare figure. */
abstract class CompareFigureBase extends DescribedFigure<org.iblrnn.compare.CompareData> implements CompareFigure {

    CompareFigureBase(String stem, String title, String question) {
        super(stem, title, question, CompareFigures.SECTION);
    }
}
