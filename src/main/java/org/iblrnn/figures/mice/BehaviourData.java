package org.iblrnn.figures.mice;

import org.iblrnn.behaviour.BehaviourMetrics;

/**
 * What the {@code behaviour} command's figures are drawn from: the metrics of one set of trials (mice or an
 * exported agent) and the name shown as the panel title.
 *
 * @param name    e.g. "54 mice" or "rnn"
 * @param metrics the trials' metrics
 */
public record BehaviourData(String name, BehaviourMetrics metrics) {
}
