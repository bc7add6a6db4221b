package org.iblrnn.analysis.fixedpoint;

import org.hipparchus.exception.LocalizedCoreFormats;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RealVector;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresBuilder;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LeastSquaresOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.LevenbergMarquardtOptimizer;
import org.hipparchus.optim.nonlinear.vector.leastsquares.ValueAndJacobianFunction;
import org.hipparchus.util.Pair;

/**
 * Refines a candidate to an exact fixed point: Hipparchus' Levenberg–Marquardt (MINPACK's trust-region lmder with a
 * pivoted QR of the Jacobian, so it never forms the squared-conditioned normal equations) on the residual
 * R(x) = F(x) − x with its analytic Jacobian ∂F/∂x − I, stopped as soon as q = ½‖R‖² &lt; tol_q. It is single-threaded
 * and draws no random numbers, so results are deterministic. Each run reports a {@link RefineStatus}; when the
 * optimiser gives up (iteration limit, or a tolerance it cannot reach) the lowest-q point it evaluated is kept.
 *
 * <p>Not thread-safe (it owns the map's scratch): one instance per worker.
 */
final class FixedPointRefinement {

    /** The outcome of one refinement. */
    record Result(double[] state, double residual, int iterations, RefineStatus status) {
    }

    /** The optimiser's own stopping tolerances, far below what a double-precision residual can resolve at a root. */
    private static final double OPTIMISER_TOLERANCE = 1e-14;

    private final NetworkMap map;
    private final double tolQ;
    private final int maxIterations;
    private final LevenbergMarquardtOptimizer optimiser = new LevenbergMarquardtOptimizer()
            .withCostRelativeTolerance(OPTIMISER_TOLERANCE).withParameterRelativeTolerance(OPTIMISER_TOLERANCE)
            .withOrthoTolerance(OPTIMISER_TOLERANCE);

    FixedPointRefinement(NetworkMap map, double tolQ, int maxIterations) {
        this.map = map;
        this.tolQ = tolQ;
        this.maxIterations = maxIterations;
    }

    /** Refines from {@code start} (not modified). */
    Result refine(double[] start) {
        Residual model = new Residual(map.size());
        double q0 = model.q(start);
        if (!Double.isFinite(q0)) {
            return new Result(start.clone(), Double.NaN, 0, RefineStatus.NON_FINITE);
        }
        if (q0 < tolQ) {
            return new Result(start.clone(), Math.sqrt(2 * q0), 0, RefineStatus.CONVERGED);
        }
        model.offer(start, q0);
        if (maxIterations == 0) {
            return new Result(start.clone(), Math.sqrt(2 * q0), 0, RefineStatus.MAX_ITERATIONS);
        }
        int iterations;
        RefineStatus status;
        try {
            LeastSquaresOptimizer.Optimum opt = optimiser.optimize(new LeastSquaresBuilder()
                    .start(start).model(model).target(new double[map.size()]).lazyEvaluation(true)
                    .maxIterations(maxIterations).maxEvaluations(10 * maxIterations + 10)
                    .checker((it, previous, current) -> 0.5 * current.getCost() * current.getCost() < tolQ)
                    .build());
            iterations = opt.getIterations();
            double[] x = opt.getPoint().toArray();
            double q = model.q(x);
            model.offer(x, q);
            status = q < tolQ ? RefineStatus.CONVERGED : RefineStatus.STALLED;
        } catch (MathIllegalStateException e) {
            iterations = model.jacobians;
            status = e.getSpecifier() == LocalizedCoreFormats.MAX_COUNT_EXCEEDED ? RefineStatus.MAX_ITERATIONS
                    : RefineStatus.STALLED;
        } catch (NonFiniteException e) {
            iterations = model.jacobians;
            status = RefineStatus.NON_FINITE;
        }
        if (status != RefineStatus.NON_FINITE && model.bestQ < tolQ) {
            status = RefineStatus.CONVERGED;
        }
        return new Result(model.best, Math.sqrt(2 * model.bestQ), iterations, status);
    }

    /** Thrown out of the optimiser when F(x) is not finite. */
    private static final class NonFiniteException extends RuntimeException {
        NonFiniteException() {
            super("non-finite state", null, false, false);
        }
    }

    /** R(x) = F(x) − x and its Jacobian, remembering the last value and the lowest-q point evaluated. */
    private final class Residual implements ValueAndJacobianFunction {
        final int s;
        final double[] f;
        final double[] jac;
        double[] lastX;
        double[] lastValue;
        double[] best;
        double bestQ = Double.POSITIVE_INFINITY;
        int jacobians;

        Residual(int s) {
            this.s = s;
            f = new double[s];
            jac = new double[s * s];
        }

        double q(double[] x) {
            map.apply(x, f);
            double q = 0;
            for (int i = 0; i < s; i++) {
                double r = f[i] - x[i];
                q += r * r;
            }
            return 0.5 * q;
        }

        void offer(double[] x, double q) {
            if (q < bestQ) {
                bestQ = q;
                best = x.clone();
            }
        }

        @Override
        public RealVector computeValue(double[] x) {
            if (lastX != null && java.util.Arrays.equals(x, lastX)) {
                return new ArrayRealVector(lastValue, false);
            }
            map.apply(x, f);
            double[] r = new double[s];
            double q = 0;
            for (int i = 0; i < s; i++) {
                r[i] = f[i] - x[i];
                q += r[i] * r[i];
            }
            if (!Double.isFinite(q)) {
                throw new NonFiniteException();
            }
            offer(x, 0.5 * q);
            lastX = x.clone();
            lastValue = r;
            return new ArrayRealVector(r, false);
        }

        @Override
        public RealMatrix computeJacobian(double[] x) {
            jacobians++;
            map.jacobian(x, f, jac);
            double[][] m = new double[s][s];
            for (int i = 0; i < s; i++) {
                System.arraycopy(jac, i * s, m[i], 0, s);
                m[i][i] -= 1.0;
            }
            return new Array2DRowRealMatrix(m, false);
        }

        @Override
        public Pair<RealVector, RealMatrix> value(RealVector point) {
            double[] x = point.toArray();
            return new Pair<>(computeValue(x), computeJacobian(x));
        }
    }
}
