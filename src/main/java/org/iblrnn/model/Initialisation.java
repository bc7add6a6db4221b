package org.iblrnn.model;

import java.util.random.RandomGenerator;
import org.iblrnn.config.ModelConfig;

/**
 * PyTorch's parameter initialisation for the core and readout, as {@code param_init} selects it.
 *
 * <p>Every value is rounded to float32 because the original creates the layers in float32 (torch's default
 * dtype) and only then casts the model to float64: initial parameters are float32-representable. Draws come
 * from the caller's generator in layout order (core first, then readout), so a seed reproduces a network
 * (but not PyTorch's own random stream).
 */
final class Initialisation {

    private Initialisation() {
    }

    static void initialise(ModelConfig config, ParameterLayout layout, double[] p, RandomGenerator rng) {
        double k = 1.0 / Math.sqrt(layout.hiddenSize());
        // torch.nn.RNN/GRU/LSTM.reset_parameters(): every core tensor ~ U(-k, k), k = 1/sqrt(hidden_size)
        for (String name : new String[]{ParameterLayout.WEIGHT_IH, ParameterLayout.WEIGHT_HH,
                ParameterLayout.BIAS_IH, ParameterLayout.BIAS_HH}) {
            uniform(p, layout.get(name), -k, k, rng);
        }
        String init = config.paramInit();
        if (!"default".equals(init)) {
            // the original applies the torch.nn.init function to each core tensor and skips those it rejects;
            // 1-D tensors (the biases) keep their default draw for every choice
            for (String name : new String[]{ParameterLayout.WEIGHT_IH, ParameterLayout.WEIGHT_HH}) {
                apply(init, p, layout.get(name), rng);
            }
        }
        // torch.nn.Linear.reset_parameters(): weight kaiming_uniform_(a=sqrt(5)) = U(-1/sqrt(fan_in), ...), bias
        // U(-1/sqrt(fan_in), 1/sqrt(fan_in)); fan_in = hidden_size
        uniform(p, layout.get(ParameterLayout.READOUT_WEIGHT), -k, k, rng);
        uniform(p, layout.get(ParameterLayout.READOUT_BIAS), -k, k, rng);
    }

    private static void apply(String init, double[] p, ParameterLayout.Tensor t, RandomGenerator rng) {
        int rows = t.rows();
        int cols = t.cols();
        switch (init) {
            case "eye" -> {
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++) {
                        p[t.offset() + r * cols + c] = r == c ? 1.0 : 0.0;
                    }
                }
            }
            case "zeros" -> java.util.Arrays.fill(p, t.offset(), t.offset() + t.size(), 0.0);
            case "ones" -> java.util.Arrays.fill(p, t.offset(), t.offset() + t.size(), 1.0);
            case "uniform" -> uniform(p, t, 0.0, 1.0, rng);
            case "normal" -> normal(p, t, 1.0, rng);
            case "xavier_uniform" -> {
                double a = Math.sqrt(6.0 / (rows + cols));
                uniform(p, t, -a, a, rng);
            }
            case "xavier_normal" -> normal(p, t, Math.sqrt(2.0 / (rows + cols)), rng);
            default -> throw new IllegalArgumentException("model.kwargs.param_init='" + init + "' is unknown; use"
                    + " default, eye, zeros, ones, uniform, normal, xavier_uniform or xavier_normal");
        }
    }

    private static void uniform(double[] p, ParameterLayout.Tensor t, double lo, double hi, RandomGenerator rng) {
        for (int i = t.offset(); i < t.offset() + t.size(); i++) {
            p[i] = (float) (lo + (hi - lo) * rng.nextDouble());
        }
    }

    private static void normal(double[] p, ParameterLayout.Tensor t, double std, RandomGenerator rng) {
        for (int i = t.offset(); i < t.offset() + t.size(); i++) {
            p[i] = (float) (std * rng.nextGaussian());
        }
    }
}
