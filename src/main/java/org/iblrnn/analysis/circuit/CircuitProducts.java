package org.iblrnn.analysis.circuit;

import org.iblrnn.analysis.Product;
import org.iblrnn.analysis.statespace.StateSpaceProducts;
import org.iblrnn.config.Architecture;
import org.iblrnn.model.ParameterLayout;
import org.iblrnn.model.RecurrentNetwork;

/** The circuit products (figures M1, M2, M4, M5), memoised in the analysis context. */
public final class CircuitProducts {

    /** Clusters of the RNN's hidden units and its reordered matrices (rnn cores only). */
    public static final Product<EffectiveCircuit> EFFECTIVE_CIRCUIT = Product.of("effective_circuit",
            ctx -> EffectiveCircuit.of(ctx.rnnSession().hiddenStates(), ctx.rnnSession().stateSize(),
                    recurrentMatrix(ctx.network())));

    /** Units grouped by their stimulus / block readout loadings and the mean weights between groups (M4, M5). */
    public static final Product<ClusterAverages> CLUSTER_AVERAGES = Product.of("cluster_averages",
            ctx -> ClusterAverages.of(unitTrialReadout(ctx.network()),
                    ctx.get(StateSpaceProducts.BLOCK_READOUT).blockVector(), recurrentMatrix(ctx.network()),
                    ClusterAverages.DEFAULT_CUTOFF));

    private CircuitProducts() {
    }

    /** W_hh as an H × H matrix (rows = receiving unit); only an rnn core has one. */
    public static double[][] recurrentMatrix(RecurrentNetwork net) {
        if (net.architecture() != Architecture.RNN) {
            throw new IllegalArgumentException("the effective circuit needs an rnn core (one H x H recurrent matrix) "
                    + "but the model is a " + net.architecture().key());
        }
        int h = net.hiddenSize();
        ParameterLayout layout = net.layout();
        double[][] w = new double[h][h];
        for (int i = 0; i < h; i++) {
            System.arraycopy(net.params(), layout.weightHh() + i * h, w[i], 0, h);
        }
        return w;
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
