package org.iblrnn.figures.fitmice;

import java.util.Optional;
import org.iblrnn.figures.plot.DescribedFigure;
import org.iblrnn.fitmice.group.FitMiceResults;

/** A fit-mice figure: stem, title and question fixed, and why it cannot be drawn for some runs. */
abstract class FitMiceFigureBase extends DescribedFigure<FitMiceResults> {

    static final String SECTION = "fit-mice";

    FitMiceFigureBase(String stem, String title, String question) {
        super(stem, title, question, SECTION);
    }

    /** Why this figure does not apply to {@code data} (e.g. a model it shows was not fitted), or empty. */
    Optional<String> skipReason(FitMiceResults data) {
        return Optional.empty();
    }
}
