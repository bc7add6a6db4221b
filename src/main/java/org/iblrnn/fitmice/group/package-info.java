/**
 * What the fitted models say about a group of mice: held-out likelihood differences to the baseline, win counts,
 * random-effects Bayesian model selection, paired comparisons over mice, and how many tiny-GRU units are needed.
 */
package org.iblrnn.fitmice.group;
