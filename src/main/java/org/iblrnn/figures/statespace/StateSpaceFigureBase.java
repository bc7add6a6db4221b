package org.iblrnn.figures.statespace;

import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.figures.plot.Figure;

/** Base of the figures here: stem, title, question and section as constructor constants. */
abstract class StateSpaceFigureBase implements Figure<AnalysisContext> {

    private final String stem;
    private final String title;
    private final String question;
    private final String section;

    StateSpaceFigureBase(String stem, String title, String question, String section) {
        this.stem = stem;
        this.title = title;
        this.question = question;
        this.section = section;
    }

    @Override
    public String stem() {
        return stem;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String question() {
        return question;
    }

    @Override
    public String section() {
        return section;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + stem + "]";
    }
}
