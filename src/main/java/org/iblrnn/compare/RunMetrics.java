package org.iblrnn.compare;

import org.iblrnn.io.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.iblrnn.analysis.AgentMetrics;

/**
 * The numbers compare reports for one run's analysed network. Undefined numbers (nothing measured, or a section
 * analyze did not produce) are NaN; state-space and RADD numbers exist only after a full {@code analyze}.
 *
 * @param source                  where they came from
 * @param analysedStep            gradient step of the analysed checkpoint (−1 unknown)
 * @param blocks                  blocks of the analysis session (−1 unknown)
 * @param trials                  trials of the analysis session
 * @param accuracy                correct / trials (timeouts count as errors)
 * @param zeroConcordant          accuracy at strength 0 when trial side = block side
 * @param zeroDiscordant          accuracy at strength 0 when they differ
 * @param stepsPerTrial           mean RNN steps per trial
 * @param pcaTwoVariance          cumulative variance fraction of the first two PCs of the hidden states
 * @param readoutAngleDegrees     angle between the block and trial readout vectors (full state space)
 * @param blockClassifierAccuracy block-side classifier accuracy on hidden states
 * @param raddRSquared            R² of the reduced (RADD) model's fit
 */
public record RunMetrics(Source source, long analysedStep, int blocks, int trials, double accuracy,
                         double zeroConcordant, double zeroDiscordant, double stepsPerTrial, double pcaTwoVariance,
                         double readoutAngleDegrees, double blockClassifierAccuracy, double raddRSquared) {

    /** Where a run's metrics came from. */
    public enum Source {
        /** RUN_DIR/analyze/metrics.json */
        ANALYZE("analyze"),
        /** compare's own short behaviour simulation */
        SIMULATED("compare-sim"),
        /** none: not analysed (and not simulated) */
        NONE("not analysed"),
        /** none: the run has no checkpoint yet */
        UNTRAINED("no checkpoint");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Nothing measured. */
    public static RunMetrics none(Source why) {
        double n = Double.NaN;
        return new RunMetrics(why, -1, -1, 0, n, n, n, n, n, n, n, n);
    }

    /** True when the behaviour numbers were measured (from analyze or a simulation). */
    public boolean measured() {
        return source == Source.ANALYZE || source == Source.SIMULATED;
    }

    /** Concordant minus discordant accuracy at zero strength: how much the network uses the block prior. */
    public double zeroStrengthGap() {
        return zeroConcordant - zeroDiscordant;
    }

    /** From a behaviour-only simulation. */
    public static RunMetrics simulated(AgentMetrics rnn, long step, int blocks) {
        double n = Double.NaN;
        return new RunMetrics(Source.SIMULATED, step, blocks, rnn.trials(), rnn.correctByTotalTrials(),
                rnn.zeroStrengthConcordantCorrect(), rnn.zeroStrengthDiscordantCorrect(), rnn.dtsPerTrial(), n, n, n, n);
    }

    /**
     * Reads {@code analyze/metrics.json}: {@code agents.rnn.*} (required), {@code run.grad_step}, {@code run.blocks},
     * {@code state_space.*} and {@code radd.r_squared} (optional).
     */
    public static RunMetrics read(Path metricsJson) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(metricsJson.toFile());
        } catch (IOException e) {
            throw new InvalidInputException("metrics file " + metricsJson + " cannot be read: "
                    + e.getMessage().lines().findFirst().orElse("") + " (re-run 'ibl-rnn analyze' on its run)", e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException("metrics file " + metricsJson + " is not a JSON object"
                    + " (re-run 'ibl-rnn analyze' on its run)");
        }
        JsonNode rnn = root.path("agents").path("rnn");
        if (!rnn.isObject()) {
            throw new InvalidInputException("metrics file " + metricsJson + " has no agents.rnn section"
                    + " (analyze failed there; see its 'failures', or re-run 'ibl-rnn analyze' on its run)");
        }
        JsonNode ss = root.path("state_space");
        JsonNode cum = ss.path("pca_cumulative_variance");
        double pca2 = cum.isArray() && cum.size() >= 2 ? number(cum.get(1), metricsJson, "state_space.pca_cumulative_variance[1]")
                : cum.isArray() && cum.size() == 1 ? number(cum.get(0), metricsJson, "state_space.pca_cumulative_variance[0]")
                : Double.NaN;
        return new RunMetrics(Source.ANALYZE,
                root.path("run").path("grad_step").asLong(-1),
                root.path("run").path("blocks").asInt(-1),
                rnn.path("trials").asInt(0),
                number(rnn.get("correct_by_total_trials"), metricsJson, "agents.rnn.correct_by_total_trials"),
                number(rnn.get("zero_strength_concordant_correct"), metricsJson, "agents.rnn.zero_strength_concordant_correct"),
                number(rnn.get("zero_strength_discordant_correct"), metricsJson, "agents.rnn.zero_strength_discordant_correct"),
                number(rnn.get("dts_per_trial"), metricsJson, "agents.rnn.dts_per_trial"),
                pca2,
                number(ss.get("angle_block_trial_readout_degrees_full"), metricsJson,
                        "state_space.angle_block_trial_readout_degrees_full"),
                number(ss.get("block_classifier_accuracy_full"), metricsJson, "state_space.block_classifier_accuracy_full"),
                number(root.path("radd").get("r_squared"), metricsJson, "radd.r_squared"));
    }

    /** A JSON number, NaN for absent or null; anything else is a malformed file. */
    private static double number(JsonNode n, Path file, String key) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return Double.NaN;
        }
        if (!n.isNumber()) {
            throw new InvalidInputException("metrics file " + file + ": " + key + " must be a number but is "
                    + n + " (re-run 'ibl-rnn analyze' on its run)");
        }
        return n.doubleValue();
    }
}
