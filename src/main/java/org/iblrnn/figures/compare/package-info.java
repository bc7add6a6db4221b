/**
 * The figures of {@code ibl-rnn compare}, drawn across runs: accuracy and the zero-strength concordant − discordant
 * gap against hidden size (mean ± SEM over seeds), learning curves, and the compare_all_rnns-style behaviour curves
 * (the original's C1/C2, see the figure index in docs/architecture.md) for any chosen runs or configurations. Each
 * is a {@link org.iblrnn.compare.CompareFigure} that says when it has nothing to draw.
 */
package org.iblrnn.figures.compare;
