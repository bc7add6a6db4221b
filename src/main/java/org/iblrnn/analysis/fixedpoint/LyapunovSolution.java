package org.iblrnn.analysis.fixedpoint;

/**
 * A solution of the discrete Lyapunov equation AᵀPA − P + Q = 0 with its diagnostics.
 *
 * @param p                row-major n × n solution (symmetrised); NaN-filled when not converged
 * @param n                dimension
 * @param iterations       doubling steps taken
 * @param converged        whether the series converged (requires spectral radius of A &lt; 1)
 * @param relativeResidual ‖AᵀPA − P + Q‖_F / ‖P‖_F (NaN when not converged)
 */
public record LyapunovSolution(double[] p, int n, int iterations, boolean converged, double relativeResidual) {
}
