/**
 * The RNN's state space (behind the state-space figures S1–S7): principal components of the hidden
 * states, the block readout found by logistic regression, the task-aligned (stimulus, block) coordinates, the
 * least-squares scaling that maps the Bayesian observer onto them, and the regression of one-step movements on
 * observations and feedback.
 *
 * <p>Every analysis is a stateless class with one static entry point returning an immutable record that carries its
 * diagnostics; {@link org.iblrnn.analysis.statespace.StateSpaceProducts} memoises them per
 * {@link org.iblrnn.analysis.AnalysisContext}. Arrays inside records are not copied (state matrices reach 10^5 × 50):
 * treat them as read-only. State matrices are row-major {@code double[]} of rows × columns.
 */
package org.iblrnn.analysis.statespace;
