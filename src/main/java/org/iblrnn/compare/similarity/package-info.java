/**
 * {@code compare --similarity}: compares many networks' solutions to the task on one common session (the Bayesian
 * actor's inputs fed open-loop to every network), by the similarity of their hidden states (CKA, SVCCA, MDS; the
 * maths is in {@code org.iblrnn.analysis.similarity}), their fixed-point topology under constant inputs, and their
 * behaviour, and lays the results out as the tables compare writes.
 */
package org.iblrnn.compare.similarity;
