/**
 * Reference agents and observers built on the task's generative model: the paper's closed-loop
 * {@link org.iblrnn.agents.BayesianActor} (with its two quirks), the exact {@link org.iblrnn.agents.IdealActor},
 * the {@link org.iblrnn.agents.BlocklessActor} and {@link org.iblrnn.agents.ExpWeightedActor}, and the passive
 * {@link org.iblrnn.agents.BayesianObserver} evaluated on another agent's finished session.
 *
 * <p>Side index convention everywhere in this package: 0 = left, 1 = right; signed sides −1/+1 appear only at the
 * boundary with session data.
 */
package org.iblrnn.agents;
