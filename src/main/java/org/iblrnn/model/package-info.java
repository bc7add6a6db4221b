/**
 * The recurrent models: PyTorch-compatible parameter layout and initialisation, connectivity masks, the
 * rnn/gru/lstm forward step with explicit Jacobians, recorded trajectories with exact BPTT, and the task losses.
 * Hand-written over {@code double[]} because at 50 units a framework's per-operation overhead dominates.
 */
package org.iblrnn.model;
