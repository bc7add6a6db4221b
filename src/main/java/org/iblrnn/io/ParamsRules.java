package org.iblrnn.io;

import org.iblrnn.config.ModelConfig;
import org.iblrnn.config.OptimizerConfig;
import org.iblrnn.config.Params;
import org.iblrnn.config.RunConfig;
import org.iblrnn.config.TaskConfig;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value rules a run's parameters must satisfy, checked once at load time so that a bad value fails with a message
 * naming its key instead of as a NaN or an index error hours into training.
 */
final class ParamsRules {

    static final List<String> PARAM_INITS = List.of("default", "eye", "zeros", "ones", "uniform", "normal",
            "xavier_uniform", "xavier_normal");
    static final List<String> MASKS = List.of("none", "input_mask", "readout_mask", "diagonal", "circulant",
            "toeplitz", "small_world", "N_block_diag");
    private static final Pattern BLOCK_DIAG = Pattern.compile("([0-9]+)_block_diag");
    private static final double SUM_TOLERANCE = 1e-9;

    private final String source;

    private ParamsRules(String source) {
        this.source = source;
    }

    static void check(Params p, String source) {
        ParamsRules r = new ParamsRules(source);
        r.model(p.model());
        r.optimizer(p.optimizer());
        r.run(p.run());
        r.atLeast("env.num_sessions", p.numSessions(), 1);
        r.task(p.env());
    }

    private ConfigException fail(String path, String rule, String value, String fix) {
        return new ConfigException(source + ": " + path + " must " + rule + " but " + value + " (" + fix + ")");
    }

    static String fmt(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return new BigDecimal(v).round(new MathContext(12)).stripTrailingZeros().toPlainString();
    }

    private void model(ModelConfig m) {
        exactly("model.kwargs.input_size", m.inputSize(), 3, "the inputs are left stimulus, right stimulus, feedback");
        exactly("model.kwargs.output_size", m.outputSize(), 2, "the outputs are P(left), P(right)");
        exactly("model.kwargs.core_kwargs.num_layers", m.numLayers(), 1, "only one recurrent layer is supported");
        atLeast("model.kwargs.core_kwargs.hidden_size", m.hiddenSize(), 1);
        long g = m.architecture().gates;
        long h = m.hiddenSize();
        long weights = g * h * (m.inputSize() + h + 2) + (long) m.outputSize() * (h + 1);
        if (weights > Integer.MAX_VALUE - 8) {
            throw fail("model.kwargs.core_kwargs.hidden_size", "give at most 2^31 weights", "is " + h + " (" + weights
                    + " weights for a " + m.architecture().key() + ")", "use a smaller hidden size");
        }
        oneOf("model.kwargs.param_init", m.paramInit(), PARAM_INITS);
        mask("model.kwargs.connectivity_kwargs.input_mask", m.inputMask(), m.hiddenSize());
        mask("model.kwargs.connectivity_kwargs.recurrent_mask", m.recurrentMask(), m.hiddenSize());
        mask("model.kwargs.connectivity_kwargs.readout_mask", m.readoutMask(), m.hiddenSize());
    }

    private void mask(String path, String name, int hiddenSize) {
        Matcher bd = BLOCK_DIAG.matcher(name);
        if (bd.matches()) {
            long n = Long.parseLong(bd.group(1).length() > 9 ? "0" : bd.group(1));
            if (n < 1 || hiddenSize % n != 0) {
                throw fail(path, "use a block count N ≥ 1 that divides hidden_size " + hiddenSize,
                        "is '" + name + "'", "choose N such that hidden_size is a multiple of N");
            }
            return;
        }
        if (!MASKS.contains(name) || name.equals("N_block_diag")) {
            throw fail(path, "be one of " + String.join(", ", MASKS) + " (N a number)", "is '" + name + "'",
                    "pick one of these names");
        }
    }

    private void optimizer(OptimizerConfig o) {
        positive("optimizer.kwargs.lr", o.lr());
        nonNegative("optimizer.kwargs.weight_decay", o.weightDecay());
        switch (o.kind()) {
            case SGD -> {
                unitInterval("optimizer.kwargs.momentum", o.momentum());
                if (o.dampening() < 0 || o.dampening() > 1) {
                    throw fail("optimizer.kwargs.dampening", "be in [0, 1]", "is " + fmt(o.dampening()),
                            "use a value between 0 and 1, usually 0");
                }
                if (o.nesterov() && (o.momentum() <= 0 || o.dampening() != 0)) {
                    throw fail("optimizer.kwargs.nesterov", "be false unless momentum > 0 and dampening = 0",
                            "is true with momentum " + fmt(o.momentum()) + " and dampening " + fmt(o.dampening()),
                            "set nesterov to false or use momentum > 0 with dampening 0");
                }
            }
            case ADAM -> {
                unitInterval("optimizer.kwargs.betas[0]", o.beta1());
                unitInterval("optimizer.kwargs.betas[1]", o.beta2());
                positive("optimizer.kwargs.eps", o.eps());
            }
            case RMSPROP -> {
                unitInterval("optimizer.kwargs.momentum", o.momentum());
                if (o.alpha() < 0 || o.alpha() > 1) {
                    throw fail("optimizer.kwargs.alpha", "be in [0, 1]", "is " + fmt(o.alpha()),
                            "use a smoothing constant like 0.99");
                }
                positive("optimizer.kwargs.eps", o.eps());
            }
        }
    }

    private void run(RunConfig r) {
        atLeast("run.start_grad_step", r.startGradStep(), 0);
        if (r.numGradSteps() < 1) {
            throw fail("run.num_grad_steps", "be ≥ 1", "is " + r.numGradSteps(),
                    "a run trains at least one gradient step; the paper uses 100001");
        }
    }

    private void task(TaskConfig t) {
        String k = "env.kwargs.";
        atLeast(k + "num_stimulus_strength", t.numStimulusStrength(), 1);
        finite(k + "min_stimulus_strength", t.minStimulusStrength());
        finite(k + "max_stimulus_strength", t.maxStimulusStrength());
        if (t.minStimulusStrength() > t.maxStimulusStrength()) {
            throw fail(k + "min_stimulus_strength", "be ≤ max_stimulus_strength " + fmt(t.maxStimulusStrength()),
                    "is " + fmt(t.minStimulusStrength()), "swap or correct the two strengths");
        }
        double[][] p = t.blockSideProbs();
        if (p == null || p.length != 2 || p[0] == null || p[0].length != 2 || p[1] == null || p[1].length != 2) {
            throw fail(k + "block_side_probs", "be a 2x2 matrix", "is not",
                    "write it as [[P(left), P(right)] for the left block, [P(left), P(right)] for the right block]");
        }
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                String path = k + "block_side_probs[" + i + "][" + j + "]";
                finite(path, p[i][j]);
                if (p[i][j] < 0 || p[i][j] > 1) {
                    throw fail(path, "be a probability in [0, 1]", "is " + fmt(p[i][j]), "use a value between 0 and 1");
                }
            }
            double sum = p[i][0] + p[i][1];
            if (Math.abs(sum - 1) > SUM_TOLERANCE) {
                throw fail(k + "block_side_probs[" + i + "]", "sum to 1", "sums to " + fmt(sum),
                        "make P(left)+P(right)=1");
            }
        }
        double q = t.trialsPerBlockParam();
        finite(k + "trials_per_block_param", q);
        if (!(q > 0 && q <= 1)) {
            throw fail(k + "trials_per_block_param", "be in (0, 1]", "is " + fmt(q),
                    "it is p of the geometric block length, mean 1/p trials; the paper uses 0.02");
        }
        atLeast(k + "blocks_per_session", t.blocksPerSession(), 1);
        atLeast(k + "min_trials_per_block", t.minTrialsPerBlock(), 1);
        if (t.minTrialsPerBlock() > t.maxTrialsPerBlock()) {
            throw fail(k + "min_trials_per_block", "be ≤ max_trials_per_block " + t.maxTrialsPerBlock(),
                    "is " + t.minTrialsPerBlock(), "lower min_trials_per_block or raise max_trials_per_block");
        }
        atLeast(k + "max_obs_per_trial", t.maxObsPerTrial(), 1);
        atLeast(k + "rnn_steps_before_obs", t.rnnStepsBeforeObs(), 0);
        finite(k + "time_delay_penalty", t.timeDelayPenalty());
        double longest = (double) t.blocksPerSession() * t.maxTrialsPerBlock() * ((double) t.rnnStepsBeforeObs() + t.maxObsPerTrial()) * 2;
        if (longest > Integer.MAX_VALUE - 8) {
            throw fail(k + "blocks_per_session", "keep blocks × max_trials_per_block × steps per trial within one array",
                    "is " + t.blocksPerSession() + " with max_trials_per_block " + t.maxTrialsPerBlock(),
                    "lower blocks_per_session or max_trials_per_block");
        }
    }

    private void exactly(String path, long value, long required, String why) {
        if (value != required) {
            throw fail(path, "be " + required, "is " + value, why + "; set it to " + required);
        }
    }

    private void atLeast(String path, long value, long min) {
        if (value < min) {
            throw fail(path, "be ≥ " + min, "is " + value, "set it to " + min + " or more");
        }
    }

    private void oneOf(String path, String value, List<String> allowed) {
        if (!allowed.contains(value)) {
            throw fail(path, "be one of " + String.join(", ", allowed), "is '" + value + "'", "pick one of these names");
        }
    }

    private void finite(String path, double v) {
        if (!Double.isFinite(v)) {
            throw fail(path, "be a finite number", "is " + v, "replace it with a finite value");
        }
    }

    private void positive(String path, double v) {
        finite(path, v);
        if (!(v > 0)) {
            throw fail(path, "be > 0", "is " + fmt(v), "use a positive value");
        }
    }

    private void nonNegative(String path, double v) {
        finite(path, v);
        if (v < 0) {
            throw fail(path, "be ≥ 0", "is " + fmt(v), "use 0 or a positive value");
        }
    }

    private void unitInterval(String path, double v) {
        finite(path, v);
        if (!(v >= 0 && v < 1)) {
            throw fail(path, "be in [0, 1)", "is " + fmt(v), "use a value ≥ 0 and < 1");
        }
    }
}
