package org.iblrnn.analysis.fixedpoint;

/** How the Levenberg–Marquardt refinement of one candidate ended. */
public enum RefineStatus {
    /** q = ½‖F(x) − x‖² fell below tol_q: a fixed point. */
    CONVERGED,
    /**
     * The optimiser stopped above tol_q because no step reduced q any further (its relative cost, step or gradient
     * tolerance was met): a local minimum of q above zero, i.e. a slow point, not a fixed point.
     */
    STALLED,
    /** The iteration or evaluation limit was reached before either of the above. */
    MAX_ITERATIONS,
    /** F(x) became non-finite along the way; the last finite point is kept. */
    NON_FINITE,
    /** Refinement was switched off; the descent end point is used as it is. */
    NOT_RUN
}
