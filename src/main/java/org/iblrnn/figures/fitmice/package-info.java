/**
 * The figures of {@code ibl-rnn fit-mice}: per-mouse held-out likelihood differences, Bayesian model selection, the
 * action kernel's time constant, psychometric curves of mice and models by block, and the trial-to-trial dynamics
 * of the smallest fitted GRUs.
 */
package org.iblrnn.figures.fitmice;
