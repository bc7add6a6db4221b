/**
 * Trial-level behaviour in the IBL "changepoint" CSV format, shared by the real mice and the exported behaviour of
 * our agents ({@link org.iblrnn.behaviour.SessionExport}), and the behavioural metrics computed identically for
 * both ({@link org.iblrnn.behaviour.BehaviourMetrics}) on each one's own stimulus axis
 * ({@link org.iblrnn.behaviour.StimulusUnit}: mouse contrast or agent strength, never mapped onto each other).
 * The mice's metrics ship as a resource ({@link org.iblrnn.behaviour.MiceSummary}) for the mice-versus-RNN
 * comparison of {@code analyze} ({@link org.iblrnn.behaviour.MiceComparison}).
 */
package org.iblrnn.behaviour;
