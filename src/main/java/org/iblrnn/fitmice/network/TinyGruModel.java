package org.iblrnn.fitmice.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iblrnn.fitmice.ChoiceModel;
import org.iblrnn.fitmice.ChoiceSession;
import org.iblrnn.model.ParameterLayout;
import org.iblrnn.model.RecurrentNetwork;

/**
 * {@code tiny_gru_<k>}: a GRU of k units fitted directly to the mouse's choices, the most flexible history model
 * of the comparison. Comparing k = 1..4 asks how many recurrent units a mouse's choice history needs. Inputs and
 * outputs are those of {@link ChoiceInputs}; fitting is {@link TinyGruFitter}'s.
 */
public final class TinyGruModel implements ChoiceModel {

    private final int units;
    private final TinyGruSettings settings;

    /** A k-unit GRU fitted with the default settings. */
    public TinyGruModel(int units) {
        this(units, TinyGruSettings.defaults());
    }

    public TinyGruModel(int units, TinyGruSettings settings) {
        if (units < 1) {
            throw new IllegalArgumentException("tiny_gru needs at least 1 unit but got " + units);
        }
        this.units = units;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "tiny_gru_" + units;
    }

    @Override
    public Fitted fit(List<ChoiceSession> train, long seed) {
        TinyGruFitter.Result r = new TinyGruFitter(units, settings)
                .fit(train.stream().map(ChoiceInputs::of).toList(), seed);
        return new FittedGru(r);
    }

    /** A fitted tiny GRU: its predictions, weights and early-stopping record. */
    static final class FittedGru implements Fitted {

        private final TinyGruFitter.Result result;

        FittedGru(TinyGruFitter.Result result) {
            this.result = result;
        }

        RecurrentNetwork network() {
            return result.network();
        }

        /** Thread-safe: each call has its own scratch; the fitted weights never change. */
        @Override
        public double[] pRight(ChoiceSession session) {
            return predict(result.network(), ChoiceInputs.of(session));
        }

        /**
         * Trial t's P(right) had its contrast been 0: one step from the real state after trial t − 1 with the input
         * {@code [0, a_{t−1}, r_{t−1}]}, while the real input carries the state on.
         */
        @Override
        public Optional<double[]> pRightAtZeroContrast(ChoiceSession session) {
            RecurrentNetwork net = result.network();
            ChoiceInputs in = ChoiceInputs.of(session);
            double[] x = in.inputs();
            double[] state = new double[net.stateSize()];
            double[] ghost = new double[net.stateSize()];
            double[] probs = new double[net.outputSize()];
            double[] xt = new double[ChoiceInputs.INPUT_SIZE];
            double[] out = new double[in.trials()];
            for (int t = 0; t < out.length; t++) {
                System.arraycopy(x, ChoiceInputs.INPUT_SIZE * t, xt, 0, ChoiceInputs.INPUT_SIZE);
                xt[0] = 0.0;
                net.step(state, xt, ghost, probs);
                out[t] = probs[1];
                xt[0] = x[ChoiceInputs.INPUT_SIZE * t];
                net.step(state, xt, state, probs);
            }
            return Optional.of(out);
        }

        /**
         * Every weight as {@code <tensor>[<row>,<col>]} (PyTorch's names; only the difference of the two readout
         * rows matters), then {@code validation_nll} (mean per responded trial of the inner validation split),
         * {@code best_round}, {@code rounds} (of {@link TinyGruSettings#stepsPerRound()} Adam steps) and
         * {@code restart}.
         */
        @Override
        public Map<String, Double> params() {
            Map<String, Double> out = new LinkedHashMap<>();
            RecurrentNetwork net = result.network();
            double[] p = net.params();
            for (ParameterLayout.Tensor t : net.layout().tensors()) {
                for (int i = 0; i < t.size(); i++) {
                    String idx = t.shape().length > 1 ? (i / t.cols()) + "," + (i % t.cols()) : Integer.toString(i);
                    out.put(t.name() + "[" + idx + "]", p[t.offset() + i]);
                }
            }
            out.put("validation_nll", result.validationNll());
            out.put("best_round", (double) result.bestRound());
            out.put("rounds", (double) result.rounds());
            out.put("restart", (double) result.restart());
            return out;
        }
    }

    /** P(right) of every trial of one session from a fresh (zero) state. */
    static double[] predict(RecurrentNetwork net, ChoiceInputs s) {
        double[] out = new double[s.trials()];
        new TinyGru(net.hiddenSize()).pRight(net.params(), s, out);
        return out;
    }
}
