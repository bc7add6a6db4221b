package org.iblrnn.figures.plot;

/**
 * A figure whose stem, title, question and section are fixed at construction: the common base of the figure
 * classes, which then only implement {@link #render}.
 *
 * @param <C> what the figure renders from
 */
public abstract class DescribedFigure<C> implements Figure<C> {

    private final String stem;
    private final String title;
    private final String question;
    private final String section;

    protected DescribedFigure(String stem, String title, String question, String section) {
        this.stem = stem;
        this.title = title;
        this.question = question;
        this.section = section;
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
        return section;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + stem + "]";
    }
}
