package org.iblrnn.compare;

import java.util.List;

/**
 * Runs with one configuration (they differ only in their seed) and their metrics as mean ± SEM over the runs that
 * have them. SEM over seeds is the spread of what a new seed would give, which is the question a sweep asks.
 *
 * @param label              the configuration, by the keys that vary between the compared runs
 * @param series             the same without the hidden size (one line per series in figures against hidden size)
 * @param hiddenSize         the group's hidden size
 * @param runs               the member runs, by seed
 * @param accuracy           correct / trials
 * @param zeroConcordant     accuracy at zero strength, concordant trials
 * @param zeroDiscordant     the same, discordant
 * @param zeroStrengthGap    concordant − discordant, per run then averaged
 * @param stepsPerTrial      RNN steps per trial
 * @param trainAccuracyFinal training accuracy at the end of training
 */
public record GroupSummary(String label, String series, int hiddenSize, List<RunSummary> runs, MeanSem accuracy,
                           MeanSem zeroConcordant, MeanSem zeroDiscordant, MeanSem zeroStrengthGap,
                           MeanSem stepsPerTrial, MeanSem trainAccuracyFinal) {

    public GroupSummary {
        runs = List.copyOf(runs);
    }

    /** Summarises {@code runs}. */
    public static GroupSummary of(String label, String series, List<RunSummary> runs) {
        int n = runs.size();
        double[] acc = new double[n];
        double[] zc = new double[n];
        double[] zd = new double[n];
        double[] gap = new double[n];
        double[] spt = new double[n];
        double[] fin = new double[n];
        for (int i = 0; i < n; i++) {
            RunMetrics m = runs.get(i).metrics();
            acc[i] = m.accuracy();
            zc[i] = m.zeroConcordant();
            zd[i] = m.zeroDiscordant();
            gap[i] = m.zeroStrengthGap();
            spt[i] = m.stepsPerTrial();
            fin[i] = runs.get(i).trainAccuracyFinal();
        }
        return new GroupSummary(label, series, runs.get(0).hiddenSize(), runs, MeanSem.of(acc), MeanSem.of(zc),
                MeanSem.of(zd), MeanSem.of(gap), MeanSem.of(spt), MeanSem.of(fin));
    }

    /** The members' seeds, space-separated, e.g. "1 2 3". */
    public String seeds() {
        return String.join(" ", runs.stream().map(r -> String.valueOf(r.seed())).toList());
    }

    /** Number of member runs with measured metrics. */
    public int measuredRuns() {
        return (int) runs.stream().filter(r -> r.metrics().measured()).count();
    }
}
