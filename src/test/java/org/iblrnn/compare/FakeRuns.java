package org.iblrnn.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.iblrnn.config.Params;
import org.iblrnn.io.ParamsJson;
import org.iblrnn.io.TensorBoardWriter;

/** Writes run directories with hand-chosen contents: params.json, analyze/metrics.json and an event file. */
final class FakeRuns {

    private FakeRuns() {
    }

    /** Hand-chosen behaviour numbers of a fake analysed run. */
    record Metrics(double accuracy, double zeroConcordant, double zeroDiscordant, double stepsPerTrial) {
    }

    static Params params(int hidden, long seed, String... overrides) {
        List<String> o = new ArrayList<>(List.of("model.kwargs.core_kwargs.hidden_size=" + hidden, "run.seed=" + seed));
        o.addAll(List.of(overrides));
        return ParamsJson.applyOverrides(Params.defaults(), o);
    }

    /** A run directory with params.json and, when {@code m} is given, analyze/metrics.json. */
    static Path run(Path parent, String name, Params p, Metrics m) throws IOException {
        Path dir = parent.resolve(name);
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("params.json"), ParamsJson.write(p));
        if (m != null) {
            Files.createDirectories(dir.resolve("analyze"));
            Files.writeString(dir.resolve("analyze/metrics.json"), String.format(Locale.ROOT, """
                    {"run": {"grad_step": 99, "blocks": 1000, "hidden_size": %d},
                     "agents": {"rnn": {"correct_by_total_trials": %s, "correct_by_action_taken": 0.9,
                       "action_taken_by_total_trials": 0.99, "dts_per_trial": %s,
                       "zero_strength_concordant_correct": %s, "zero_strength_discordant_correct": %s,
                       "trials": 5000}},
                     "state_space": {"pca_cumulative_variance": [0.7, 0.9, 1.0],
                       "angle_block_trial_readout_degrees_full": 12.5, "block_classifier_accuracy_full": 0.88},
                     "radd": {"r_squared": null}}
                    """, p.model().hiddenSize(), m.accuracy(), m.stepsPerTrial(), m.zeroConcordant(),
                    m.zeroDiscordant()));
        }
        return dir;
    }

    /** Writes analyze/session.npz with one trial-end row per trial of {@code t}. */
    static void session(Path dir, TrialOutcomes t) throws IOException {
        int n = t.size();
        boolean[] end = new boolean[n];
        java.util.Arrays.fill(end, true);
        int[] correct = new int[n];
        for (int i = 0; i < n; i++) {
            correct[i] = (int) t.correct()[i];
        }
        try (org.iblrnn.io.NpzWriter w = org.iblrnn.io.NpzWriter.open(dir.resolve("analyze/session.npz"), true)) {
            w.add("trial_end", end).add("signed_trial_strength", t.signedStrength())
                    .add("concordant_trial", t.concordant()).add("correct_action_taken", correct)
                    .add("trial_index", t.trialWithinBlock());
        }
    }

    /** Adds an event file with the training-accuracy scalar at steps 0, 100, 200, .... */
    static void learningCurve(Path dir, double... values) throws IOException {
        try (TensorBoardWriter w = TensorBoardWriter.create(dir, java.time.Clock.fixed(java.time.Instant.EPOCH,
                java.time.ZoneOffset.UTC), "test")) {
            for (int i = 0; i < values.length; i++) {
                w.addScalar(LearningCurve.ACCURACY_TAG, values[i], 100L * i);
                w.addScalar("train/avg_loss_per_dt", 1.0, 100L * i);
            }
        }
    }
}
