/**
 * Binned and averaged behaviour of an agent, per trial: accuracy, choices, decision times and rewards grouped by
 * signed contrast, trial within block, number of observations, block side or concordance, each as mean ± SEM with
 * counts ({@link org.iblrnn.analysis.behaviour.GroupedStats}). Every curve is computed from
 * {@link org.iblrnn.analysis.behaviour.AgentTrials}, which the RNN, the Bayesian actors, the passive Bayesian observer
 * and any distilled model share, so behaviour figures and later model/mouse comparisons bin the same way.
 */
package org.iblrnn.analysis.behaviour;
