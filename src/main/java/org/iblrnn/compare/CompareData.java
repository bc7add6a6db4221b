package org.iblrnn.compare;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the cross-run figures are drawn from: the runs (summaries, learning curves), their grouping by configuration,
 * and the lines of the behaviour-curve figures.
 *
 * @param grouping     the runs grouped by configuration (seed excluded)
 * @param runs         every run, in grouping order
 * @param curveUnits   lines of the behaviour-curve figures (empty: no run has analysis trials)
 * @param curvesPerRun true when each curve unit is one run, false when each is a configuration
 * @param similarity   the comparison of the networks' solutions ({@code --similarity}), or null when not asked for
 */
public record CompareData(Grouping grouping, List<RunData> runs, List<CurveUnit> curveUnits, boolean curvesPerRun,
                          org.iblrnn.compare.similarity.SimilarityResult similarity) {

    public CompareData {
        runs = List.copyOf(runs);
        curveUnits = List.copyOf(curveUnits);
    }

    /** Without a similarity analysis. */
    public CompareData(Grouping grouping, List<RunData> runs, List<CurveUnit> curveUnits, boolean curvesPerRun) {
        this(grouping, runs, curveUnits, curvesPerRun, null);
    }

    /** The similarity analysis, when one was asked for and some run had a checkpoint. */
    public java.util.Optional<org.iblrnn.compare.similarity.SimilarityResult> similarityResult() {
        return java.util.Optional.ofNullable(similarity);
    }

    /** Runs by name. */
    public Map<String, RunData> byName() {
        return runs.stream().collect(Collectors.toMap(RunData::name, r -> r, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    /** The runs with measured metrics. */
    public List<RunSummary> measured() {
        return grouping.runs().stream().filter(r -> r.metrics().measured()).toList();
    }
}
