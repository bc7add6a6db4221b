package org.iblrnn.analysis.fixedpoint;

import java.util.Arrays;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Solves AᵀPA − P + Q = 0, the equation whose solution makes V(x) = ½xᵀPx a Lyapunov function of x_{t+1} = A x
 * (ΔV = −½xᵀQx). Uses the doubling (squared Smith) iteration P = Σ_k (Aᵀ)^k Q A^k:
 * P ← P + A_kᵀ P A_k, A_{k+1} = A_k², which converges quadratically when the spectral radius of A is below 1
 * (about log₂(ln ε / ln ρ) steps: 22 for ρ = 0.99999). Cost O(n³) per step.
 */
public final class DiscreteLyapunov {

    /** Doubling steps allowed (A^(2^64) underflows or overflows long before). */
    public static final int MAX_ITERATIONS = 64;

    private DiscreteLyapunov() {
    }

    /**
     * @param a row-major n × n (input, not modified)
     * @param q row-major n × n, symmetric (input, not modified)
     * @param n dimension
     * @return the solution; {@code converged = false} (a result, not an error) when A is not stable
     */
    public static LyapunovSolution solve(double[] a, double[] q, int n) {
        if (a.length != n * n || q.length != n * n) {
            throw new IllegalArgumentException("Lyapunov: A has " + a.length + " and Q " + q.length
                    + " values but n = " + n + " needs " + n * n);
        }
        DMatrixRMaj ak = DMatrixRMaj.wrap(n, n, a.clone());
        DMatrixRMaj p = DMatrixRMaj.wrap(n, n, q.clone());
        DMatrixRMaj tmp = new DMatrixRMaj(n, n);
        DMatrixRMaj term = new DMatrixRMaj(n, n);
        DMatrixRMaj sq = new DMatrixRMaj(n, n);
        boolean converged = false;
        int it = 0;
        while (it < MAX_ITERATIONS) {
            it++;
            CommonOps_DDRM.mult(p, ak, tmp);
            CommonOps_DDRM.multTransA(ak, tmp, term);
            CommonOps_DDRM.addEquals(p, term);
            double tn = frobenius(term);
            double pn = frobenius(p);
            if (!Double.isFinite(pn)) {
                break;
            }
            if (tn <= 1e-15 * pn) {
                converged = true;
                break;
            }
            CommonOps_DDRM.mult(ak, ak, sq);
            ak.setTo(sq);
            if (!Double.isFinite(frobenius(ak)) || frobenius(ak) > 1e150) {
                break;
            }
        }
        if (!converged) {
            double[] nan = new double[n * n];
            Arrays.fill(nan, Double.NaN);
            return new LyapunovSolution(nan, n, it, false, Double.NaN);
        }
        double[] pd = p.data;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = 0.5 * (pd[i * n + j] + pd[j * n + i]);
                pd[i * n + j] = s;
                pd[j * n + i] = s;
            }
        }
        return new LyapunovSolution(pd, n, it, true, residual(a, pd, q, n));
    }

    /** ‖AᵀPA − P + Q‖_F / ‖P‖_F. */
    public static double residual(double[] a, double[] p, double[] q, int n) {
        DMatrixRMaj am = DMatrixRMaj.wrap(n, n, a.clone());
        DMatrixRMaj pm = DMatrixRMaj.wrap(n, n, p.clone());
        DMatrixRMaj tmp = new DMatrixRMaj(n, n);
        DMatrixRMaj r = new DMatrixRMaj(n, n);
        CommonOps_DDRM.mult(pm, am, tmp);
        CommonOps_DDRM.multTransA(am, tmp, r);
        CommonOps_DDRM.subtractEquals(r, pm);
        CommonOps_DDRM.addEquals(r, DMatrixRMaj.wrap(n, n, q.clone()));
        return frobenius(r) / frobenius(pm);
    }

    /** Frobenius norm that propagates NaN and infinity (EJML's scaled norm skips NaN entries). */
    private static double frobenius(DMatrixRMaj m) {
        double s = 0;
        for (int i = 0; i < m.getNumElements(); i++) {
            double v = m.data[i];
            s += v * v;
        }
        return Math.sqrt(s);
    }
}
