package org.iblrnn.figures.plot;

/**
 * One figure of the analysis: a stable file stem, what it shows, and how to draw it from a context (for ibl-rnn the
 * memoised analysis products). Implementations are small stateless classes registered in a {@link FigureRegistry}.
 *
 * @param <C> the context the figure is rendered from
 */
public interface Figure<C> {

    /** File stem, e.g. "behav_reward_rate"; letters, digits, '_' and '-' only. */
    String stem();

    /** Human title shown on the report page. */
    String title();

    /** The one-line scientific question the figure answers. */
    String question();

    /** Section of the report, e.g. "Behaviour". */
    String section();

    /** Builds the drawable; may throw when a needed analysis product is unavailable. */
    Drawable render(C context);
}
