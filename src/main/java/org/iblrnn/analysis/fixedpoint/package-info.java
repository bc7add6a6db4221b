/**
 * Fixed points of the trained network under constant inputs and their local basins (figures FP1–FP2):
 * initial states on a grid in the PCA plane inside the convex hull of the visited states, the original's
 * momentum gradient descent on ‖F(h) − h‖, a Levenberg–Marquardt refinement to machine-precision fixed points,
 * Jacobians and eigenvalues, FixedPointFinder-style de-duplication, and Lyapunov basins from the discrete Lyapunov
 * equation AᵀPA − P = −Q.
 *
 * <p>Searches are deterministic: candidates are processed in fixed chunks on a parallel stream, each chunk writing
 * only its own slice of the output arrays. Arrays inside records are not copied: treat them as read-only.
 */
package org.iblrnn.analysis.fixedpoint;
