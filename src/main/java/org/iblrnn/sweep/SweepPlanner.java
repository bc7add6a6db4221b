package org.iblrnn.sweep;

import org.iblrnn.io.StateConflictException;
import org.iblrnn.io.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iblrnn.config.Params;
import org.iblrnn.config.RunConfig;
import org.iblrnn.io.ConfigException;
import org.iblrnn.io.ParamsJson;

/**
 * Turns a {@link SweepSpec} into a {@link SweepPlan}: validates every configuration's parameters before anything
 * runs (a typo in the grid fails here, not in 40 array tasks), and inspects every run directory.
 *
 * <p>A run directory that already holds a params.json must describe the same run as the sweep asks for (ignoring
 * {@code run.start_grad_step} and {@code run.num_grad_steps}, which a resumed run may record differently);
 * otherwise the sweep stops with a {@link StateConflictException} rather than resuming or skipping a different
 * experiment that happens to share the folder. Changing the number of steps of an existing sweep does not extend
 * finished runs: their own params.json decides when they are done.
 */
public final class SweepPlanner {

    private SweepPlanner() {
    }

    public static SweepPlan plan(SweepSpec spec) {
        for (String o : spec.commonOverrides()) {
            String key = o.indexOf('=') > 0 ? o.substring(0, o.indexOf('=')).trim() : o;
            for (GridAxis a : spec.grid().axes()) {
                if (a.key().equals(key)) {
                    throw new InvalidInputException("--set " + o + " conflicts with --grid " + a.key()
                            + (key.equals(SeedList.SEED_KEY) ? "/--seeds" : "") + " (give the key in one of them)");
                }
            }
        }
        Optional<Path> config = spec.config().map(p -> p.toAbsolutePath().normalize());
        Params base = config.map(ParamsJson::read).orElse(Params.defaults());
        Path sweepDir = spec.sweepDir().toAbsolutePath().normalize();
        ParamsJson.applyOverrides(base, spec.commonOverrides()); // a bad --set is named as such
        List<PlannedRun> runs = new ArrayList<>();
        for (SweepPoint point : spec.grid().points()) {
            List<String> all = new ArrayList<>(spec.commonOverrides());
            all.addAll(point.overrides());
            Params effective;
            try {
                effective = ParamsJson.applyOverrides(base, all);
            } catch (ConfigException e) {
                String why = e.getMessage().replaceFirst("^--set overrides: ", "").replaceFirst("^--set ", "");
                throw new InvalidInputException("--grid " + String.join(" ", point.overrides()) + ": " + why, e);
            }
            Path runDir = sweepDir.resolve(point.dirName());
            RunInspector.recordedParams(runDir).ifPresent(recorded -> checkSameRun(runDir, recorded, effective));
            RunStatus status = RunInspector.inspect(runDir, RunInspector.lastStep(effective));
            runs.add(new PlannedRun(point, runDir, config.orElse(null), all, status));
        }
        return new SweepPlan(sweepDir, runs);
    }

    private static void checkSameRun(Path runDir, Params recorded, Params wanted) {
        String a = ParamsJson.write(withoutSchedule(recorded));
        String b = ParamsJson.write(withoutSchedule(wanted));
        if (!a.equals(b)) {
            throw new StateConflictException("run directory " + runDir + " holds a run with other parameters than this sweep"
                    + " asks for (first difference: " + firstDifference(a, b) + "); use another --name or --runs-dir, or"
                    + " move that directory away");
        }
    }

    private static Params withoutSchedule(Params p) {
        return p.withRun(new RunConfig(0, 1, p.run().seed()));
    }

    private static String firstDifference(String recorded, String wanted) {
        String[] x = recorded.split("\n");
        String[] y = wanted.split("\n");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (!x[i].equals(y[i])) {
                return "recorded " + x[i].trim() + " vs wanted " + y[i].trim();
            }
        }
        return "different number of lines";
    }
}
