package org.iblrnn.figures.mice;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import org.iblrnn.analysis.psychometric.PsychometricModel;
import org.iblrnn.behaviour.BehaviourMetrics;
import org.iblrnn.behaviour.BehaviourMetrics.AccuracyByBlockAndSide;
import org.iblrnn.behaviour.BehaviourMetrics.AccuracyByTrialInBlock;
import org.iblrnn.behaviour.BehaviourMetrics.ChoiceBySignedContrast;
import org.iblrnn.behaviour.BehaviourMetrics.PsychometricSummary;
import org.iblrnn.behaviour.BehaviourMetrics.ReactionTimeGroup;
import org.iblrnn.behaviour.IblTrials;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.figures.plot.LegendLocation;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.figures.plot.LinePlot;

/**
 * The four behavioural panels drawn identically for mice and for agents, each from {@link BehaviourMetrics}
 * alone, on the metrics' own stimulus axis (contrast in percent for mice, strength for agents). Block colours
 * follow the house style: left block (P(left) &gt; 0.5) orange, right block blue, unbiased grey.
 */
public enum MicePanel {
    /** P(right) by signed stimulus per block: data ± binomial SEM and the IBL erf_psycho_2gammas fit. */
    PSYCHOMETRIC("psychometric_by_block", "Psychometric curves by block",
            "Does the block prior shift the choice curve sideways, and by how much at each stimulus level?"),
    /** Accuracy by signed stimulus for each block and stimulus side: concordant solid, discordant dashed. */
    CORRECT_BY_CONCORDANCE("correct_by_contrast_concordance", "Accuracy on concordant and discordant trials",
            "How much does the block prior help on concordant trials and hurt on discordant ones, by stimulus?"),
    /** Accuracy by trial within a block that follows a block switch. */
    CORRECT_AFTER_SWITCH("correct_by_trial_after_switch", "Accuracy after a block switch",
            "How quickly does accuracy recover after the block side switches?"),
    /** Mean reaction time (mice: seconds; agents: steps) by signed stimulus, correct vs error, concordance. */
    REACTION_TIME("reaction_time_by_contrast", "Reaction time by stimulus, outcome and concordance",
            "Are decisions slower at weak stimuli, on errors and on discordant trials?");

    /** Trial positions after a switch that are drawn (blocks last at most 100 trials in the task). */
    static final int MAX_TRIAL_IN_BLOCK = 100;
    /**
     * Points after a switch with fewer trials than this are not drawn (too noisy), unless the first trial after a
     * switch has fewer than four times as many (a short session): then a quarter of its count is the limit.
     */
    static final int MIN_TRIALS_PER_POINT = 50;
    /**
     * A stimulus level is drawn only when it has at least this fraction of the trials of its curve's most frequent
     * level: this leaves out the mice's rare 4 % and 8 % contrasts (under 1 % of the trials of the common levels),
     * which would otherwise zig-zag the curves. They stay in the metrics and in the psychometric fits.
     */
    static final double MIN_LEVEL_SHARE = 0.02;

    private final String stemSuffix;
    private final String title;
    private final String question;

    MicePanel(String stemSuffix, String title, String question) {
        this.stemSuffix = stemSuffix;
        this.title = title;
        this.question = question;
    }

    /** The part of the file stem after "behaviour_" or "mice_vs_rnn_". */
    public String stemSuffix() {
        return stemSuffix;
    }

    public String title() {
        return title;
    }

    public String question() {
        return question;
    }

    /** The panel for one subject's metrics, titled {@code name}. */
    public LinePlot draw(BehaviourMetrics m, String name) {
        LinePlot p = switch (this) {
            case PSYCHOMETRIC -> psychometric(m);
            case CORRECT_BY_CONCORDANCE -> byConcordance(m);
            case CORRECT_AFTER_SWITCH -> afterSwitch(m);
            case REACTION_TIME -> reactionTime(m);
        };
        return p.title(name).size(HouseStyle.SINGLE_WIDTH_IN + 0.5, HouseStyle.SINGLE_HEIGHT_IN + 0.3);
    }

    static Color blockColor(String block) {
        int side = IblTrials.blockSideOf(Double.parseDouble(block));
        return side < 0 ? HouseStyle.LEFT : side > 0 ? HouseStyle.RIGHT : HouseStyle.NEUTRAL;
    }

    static String blockName(String block) {
        int side = IblTrials.blockSideOf(Double.parseDouble(block));
        String name = side < 0 ? "Left block" : side > 0 ? "Right block" : "Unbiased";
        return name + " (P(left) = " + block + ")";
    }

    private static LinePlot psychometric(BehaviourMetrics m) {
        LinePlot p = new LinePlot().xLabel(m.stimulusUnit().signedLabel()).yLabel("P(right choice)")
                .yLim(-0.05, 1.05).hLine(0.5, HouseStyle.NEUTRAL, HouseStyle.dotted(0.8f))
                .vLine(0, HouseStyle.NEUTRAL, HouseStyle.dotted(0.8f));
        for (Map.Entry<String, PsychometricSummary> e : m.psychometric().entrySet()) {
            String block = e.getKey();
            Color c = blockColor(block);
            List<ChoiceBySignedContrast> rows = common(m.pRightBySignedContrast().stream()
                    .filter(r -> r.block().equals(block)).toList(), ChoiceBySignedContrast::n);
            double[] x = new double[rows.size()];
            double[] y = new double[rows.size()];
            double[] err = new double[rows.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = rows.get(i).signedContrast();
                y[i] = rows.get(i).pRight();
                err[i] = Double.isNaN(rows.get(i).sem()) ? 0 : rows.get(i).sem();
            }
            PsychometricSummary s = e.getValue();
            double[] params = {s.bias(), s.threshold(), s.lapseLow(), s.lapseHigh()};
            int k = 201;
            double lo = x[0];
            double hi = x[x.length - 1];
            double[] fx = new double[k];
            double[] fy = new double[k];
            for (int i = 0; i < k; i++) {
                fx[i] = lo + (hi - lo) * i / (k - 1);
                fy[i] = PsychometricModel.ERF_PSYCHO_2GAMMAS.value(params, fx[i]);
            }
            p.add(Line.of(fx, fy).color(c).width(1.2f).label(blockName(block)));
            p.add(Line.of(x, y).color(c).noLine().marker(3.5).errorBars(err).width(1f));
        }
        return p.legend(LegendLocation.UPPER_LEFT);
    }

    private static LinePlot byConcordance(BehaviourMetrics m) {
        LinePlot p = new LinePlot().xLabel(m.stimulusUnit().signedLabel()).yLabel("P(correct)").yLim(-0.05, 1.05)
                .hLine(0.5, HouseStyle.NEUTRAL, HouseStyle.dotted(0.8f));
        Map<String, List<AccuracyByBlockAndSide>> groups = new LinkedHashMap<>();
        for (AccuracyByBlockAndSide r : m.accuracyByBlockAndSide()) {
            groups.computeIfAbsent(r.block() + "|" + r.stimulusSide(), k -> new ArrayList<>()).add(r);
        }
        groups.forEach((key, all) -> {
            List<AccuracyByBlockAndSide> rows = common(all, AccuracyByBlockAndSide::n);
            AccuracyByBlockAndSide first = rows.get(0);
            double[] x = rows.stream().mapToDouble(AccuracyByBlockAndSide::signedContrast).toArray();
            double[] y = rows.stream().mapToDouble(AccuracyByBlockAndSide::accuracy).toArray();
            double[] sem = rows.stream().mapToDouble(AccuracyByBlockAndSide::sem).toArray();
            String block = IblTrials.blockSideOf(Double.parseDouble(first.block())) < 0 ? "Left block" : "Right block";
            String side = first.stimulusSide() < 0 ? "left stimulus" : "right stimulus";
            String kind = first.concordant() ? " (concordant)" : " (discordant)";
            Line line = Line.of(x, y).color(blockColor(first.block())).marker(3).sem(sem)
                    .label(block + ", " + side + kind);
            p.add(first.concordant() ? line : line.dashed());
        });
        return p.legend(LegendLocation.LOWER_RIGHT);
    }

    private static LinePlot afterSwitch(BehaviourMetrics m) {
        List<AccuracyByTrialInBlock> all = m.accuracyByTrialInBlock();
        double min = all.isEmpty() ? MIN_TRIALS_PER_POINT : Math.min(MIN_TRIALS_PER_POINT, all.get(0).n() / 4.0);
        List<AccuracyByTrialInBlock> rows = all.stream()
                .filter(r -> r.trialInBlock() <= MAX_TRIAL_IN_BLOCK && r.n() >= min).toList();
        double[] x = rows.stream().mapToDouble(AccuracyByTrialInBlock::trialInBlock).toArray();
        LinePlot p = new LinePlot().xLabel("Trial within block (after a switch)").yLabel("P(correct)")
                .xLim(0, MAX_TRIAL_IN_BLOCK + 1).yLim(0.3, 1.02);
        double[] concordant = values(rows, r -> r.nConcordant() >= min ? r.concordant() : Double.NaN);
        double[] discordant = values(rows, r -> r.nDiscordant() >= min ? r.discordant() : Double.NaN);
        p.add(Line.of(x, concordant).color(HouseStyle.TAB_GREEN).width(1f)
                .label("Concordant trials"));
        p.add(Line.of(x, discordant).color(HouseStyle.TAB_RED).width(1f)
                .dashed().label("Discordant trials"));
        p.add(Line.of(x, values(rows, AccuracyByTrialInBlock::accuracy)).color(Color.BLACK).width(1.2f)
                .marker(1.5).sem(values(rows, AccuracyByTrialInBlock::sem)).label("All trials"));
        return p.legend(LegendLocation.LOWER_RIGHT);
    }

    private static LinePlot reactionTime(BehaviourMetrics m) {
        LinePlot p = new LinePlot().xLabel(m.stimulusUnit().signedLabel())
                .yLabel("Mean " + m.stimulusUnit().reactionTimeLabel().toLowerCase());
        boolean[][] order = {{false, true}, {false, false}, {true, true}, {true, false}};
        for (boolean[] key : order) {
            boolean correct = key[0];
            boolean concordant = key[1];
            Predicate<ReactionTimeGroup> pick = g -> g.correct() == correct && g.concordant() == concordant
                    && g.n() >= 2;
            List<ReactionTimeGroup> rows = common(m.reactionTimeBySignedContrast().stream().filter(pick).toList(),
                    ReactionTimeGroup::n);
            if (rows.isEmpty()) {
                continue;
            }
            double[] x = rows.stream().mapToDouble(ReactionTimeGroup::signedContrast).toArray();
            double[] y = rows.stream().mapToDouble(ReactionTimeGroup::mean).toArray();
            double[] sem = rows.stream().mapToDouble(ReactionTimeGroup::sem).toArray();
            Line line = Line.of(x, y).color(correct ? HouseStyle.TAB_GREEN : HouseStyle.TAB_RED).marker(3).sem(sem)
                    .label((correct ? "Correct" : "Incorrect") + ", " + (concordant ? "concordant" : "discordant"));
            p.add(concordant ? line : line.dashed());
        }
        return p.legend(LegendLocation.BEST);
    }

    /** The rows whose count is at least {@link #MIN_LEVEL_SHARE} of the largest count, in order. */
    static <T> List<T> common(List<T> rows, ToIntFunction<T> count) {
        int max = rows.stream().mapToInt(count).max().orElse(0);
        return rows.stream().filter(r -> count.applyAsInt(r) >= MIN_LEVEL_SHARE * max).toList();
    }

    private static double[] values(List<AccuracyByTrialInBlock> rows,
                                   ToDoubleFunction<AccuracyByTrialInBlock> f) {
        return rows.stream().mapToDouble(f).toArray();
    }
}
