/**
 * Models of a mouse's choices fitted by cross-validated likelihood ({@code ibl-rnn fit-mice}): classical priors
 * (Bayes-optimal block posterior, action and stimulus kernels), tiny GRUs fitted to the choices, and networks
 * trained on the task, all scored on held-out sessions under one protocol.
 */
package org.iblrnn.fitmice;
