/**
 * {@code ibl-rnn compare}: gathers many run directories (a sweep's sizes × seeds, or any runs) into one table of
 * configuration and metrics, groups runs that differ only in their seed (mean ± SEM over seeds), and prepares the
 * data of the cross-run figures ({@code org.iblrnn.figures.compare}).
 *
 * <p>Metrics come from a run's {@code analyze/metrics.json} when it has one; otherwise, on request, from a short
 * behaviour-only simulation of the newest checkpoint ({@link org.iblrnn.compare.BehaviourSimulation}), which takes
 * seconds instead of the minutes of a full {@code analyze}. Learning curves come from the TensorBoard event files.
 */
package org.iblrnn.compare;
