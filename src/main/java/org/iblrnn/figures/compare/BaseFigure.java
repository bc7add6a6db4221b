package org.iblrnn.figures.compare;

import org.iblrnn.compare.CompareFigure;

/** Stem, title, question and section of a compare figure. */
abstract class BaseFigure implements CompareFigure {

    private final String stem;
    private final String title;
    private final String question;

    BaseFigure(String stem, String title, String question) {
        this.stem = stem;
        this.title = title;
        this.question = question;
    }

    @Override
    public final String stem() {
        return stem;
    }

    @Override
    public final String title() {
        return title;
    }

    @Override
    public final String question() {
        return question;
    }

    @Override
    public final String section() {
        return CompareFigures.SECTION;
    }
}
