/**
 * Fixed points of the trained network's full state map (h for rnn and gru, [h, c] for lstm) under constant inputs
 * and their local basins (figures FP1–FP2): initial states on a grid in the PCA plane of h inside the convex hull of
 * the visited states (lifted to full states) plus states sampled from the visited trajectory with noise, the
 * original's momentum gradient descent on ‖F(x) − x‖, a Levenberg–Marquardt refinement to machine-precision fixed
 * points with a status per candidate, Jacobians and eigenvalues, FixedPointFinder-style de-duplication, and Lyapunov
 * basins from the discrete Lyapunov equation AᵀPA − P = −Q.
 *
 * <p>Searches are deterministic: candidates are processed in fixed chunks on a parallel stream, each chunk writing
 * only its own slice of the output arrays. Arrays inside records are not copied: treat them as read-only.
 */
package org.iblrnn.analysis.fixedpoint;
