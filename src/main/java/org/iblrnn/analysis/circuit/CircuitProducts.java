package org.iblrnn.analysis.circuit;

import org.iblrnn.analysis.Product;
import org.iblrnn.analysis.fixedpoint.FixedPointProducts;
import org.iblrnn.analysis.statespace.StateSpaceProducts;
import org.iblrnn.model.RecurrentNetwork;

/** The circuit products (figures M1, M2, M4, M5), memoised in the analysis context. */
public final class CircuitProducts {

    /** The recurrent weights the circuit figures show: W_hh for a tanh RNN, the effective weights of any core. */
    public static final Product<EffectiveWeights> EFFECTIVE_WEIGHTS = Product.of("effective_weights",
            ctx -> EffectiveWeights.of(ctx.network(), ctx.get(FixedPointProducts.SESSION_STATES), ctx.rnnSession()));

    /** Clusters of the hidden units and the reordered correlation and (effective) weight matrices. */
    public static final Product<EffectiveCircuit> EFFECTIVE_CIRCUIT = Product.of("effective_circuit",
            ctx -> EffectiveCircuit.of(ctx.rnnSession().hiddenStates(), ctx.rnnSession().stateSize(),
                    ctx.get(EFFECTIVE_WEIGHTS).weights()));

    /** Units grouped by their stimulus / block readout loadings and the mean weights between groups (M4, M5). */
    public static final Product<ClusterAverages> CLUSTER_AVERAGES = Product.of("cluster_averages",
            ctx -> ClusterAverages.of(unitTrialReadout(ctx.network()),
                    ctx.get(StateSpaceProducts.BLOCK_READOUT).blockVector(), ctx.get(EFFECTIVE_WEIGHTS).weights(),
                    ClusterAverages.DEFAULT_CUTOFF));

    private CircuitProducts() {
    }

    /**
     * The largest |w_ij| off the diagonal: a colour range for gated cores, whose effective self-weights (a gru's
     * update gate, for instance) are an order of magnitude larger than the weights between units.
     */
    public static double offDiagonalMaxAbs(double[][] w) {
        double m = 0.0;
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w.length; j++) {
                if (i != j) {
                    m = Math.max(m, Math.abs(w[i][j]));
                }
            }
        }
        return m;
    }

    /** The unit-norm right-action readout row (t of figure M4), without modifying the network. */
    public static double[] unitTrialReadout(RecurrentNetwork net) {
        int h = net.hiddenSize();
        int w = net.layout().readoutWeight() + h;
        double[] t = new double[h];
        double n = 0.0;
        for (int i = 0; i < h; i++) {
            t[i] = net.params()[w + i];
            n += t[i] * t[i];
        }
        n = Math.sqrt(n);
        for (int i = 0; i < h; i++) {
            t[i] /= n;
        }
        return t;
    }
}
