package org.iblrnn.sweep;

import java.nio.file.Path;
import java.util.List;

/**
 * Every configuration of a sweep with its current state.
 *
 * @param sweepDir the sweep's folder
 * @param runs     all configurations in grid order (finished ones included, so indices match the grid)
 */
public record SweepPlan(Path sweepDir, List<PlannedRun> runs) {

    public SweepPlan {
        runs = List.copyOf(runs);
    }

    /** The configurations that still need work (missing or unfinished), in grid order. */
    public List<PlannedRun> pending() {
        return runs.stream().filter(PlannedRun::pending).toList();
    }

    public long count(RunState state) {
        return runs.stream().filter(r -> r.status().state() == state).count();
    }
}
