package org.iblrnn.behaviour;

import org.iblrnn.io.InvalidInputException;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.random.RandomGenerator;
import org.iblrnn.analysis.psychometric.PsychometricFit;
import org.iblrnn.analysis.psychometric.PsychometricModel;
import org.iblrnn.analysis.psychometric.Psychofit;

/**
 * What the {@code contrast} column of an {@link IblTrials} table measures. Mice see a visual contrast (a
 * fraction of full contrast, analysed in percent as IBL does); an exported agent sees a raw stimulus strength
 * (the mean of its observation difference). The two are different quantities, so every axis, fit and summary
 * says which one it is on and none is converted into the other.
 */
public enum StimulusUnit {
    /** Mouse contrast × 100: signed contrast in percent, fitted with IBL's exact psychofit settings. */
    CONTRAST_PERCENT("contrast_percent", 100.0, "Signed contrast (%)", "Contrast (%)", "Reaction time (s)"),
    /**
     * An agent's stimulus strength as it is (e.g. 0–2.5); reaction times are steps per trial (RNN steps up to and
     * including the decision, blank steps included).
     */
    STRENGTH("strength", 1.0, "Signed stimulus strength", "Stimulus strength", "Steps per trial");

    private final String key;
    private final double scale;
    private final String signedLabel;
    private final String unsignedLabel;
    private final String reactionTimeLabel;

    StimulusUnit(String key, double scale, String signedLabel, String unsignedLabel, String reactionTimeLabel) {
        this.key = key;
        this.scale = scale;
        this.signedLabel = signedLabel;
        this.unsignedLabel = unsignedLabel;
        this.reactionTimeLabel = reactionTimeLabel;
    }

    /** The JSON name: "contrast_percent" or "strength". */
    @JsonValue
    public String key() {
        return key;
    }

    /** The unit named by {@code key} ("contrast_percent", "strength"); also accepts "contrast". */
    @JsonCreator
    public static StimulusUnit fromKey(String key) {
        for (StimulusUnit u : values()) {
            if (u.key.equals(key)) {
                return u;
            }
        }
        if ("contrast".equals(key)) {
            return CONTRAST_PERCENT;
        }
        throw new InvalidInputException("unknown stimulus unit '" + key
                + "'; use contrast (mouse data) or strength (exported agents)");
    }

    /**
     * The unit a table most likely uses: {@link #STRENGTH} when some contrast exceeds 1 (no visual contrast can),
     * else {@link #CONTRAST_PERCENT}. An agent whose strengths all lie in [0, 1] cannot be told apart from mice
     * this way: name the unit explicitly then.
     */
    public static StimulusUnit detect(IblTrials t) {
        for (int i = 0; i < t.size(); i++) {
            if (t.contrast(i) > 1) {
                return STRENGTH;
            }
        }
        return CONTRAST_PERCENT;
    }

    /** Signed stimulus of trial i on this unit's axis (−left, +right; zero is always +0). */
    public double signed(IblTrials t, int i) {
        return t.contrast(i) * t.stimulusSide(i) * scale + 0.0;
    }

    /** Axis label of the signed stimulus. */
    public String signedLabel() {
        return signedLabel;
    }

    /** Axis label of the reaction_time column. */
    public String reactionTimeLabel() {
        return reactionTimeLabel;
    }

    /**
     * The IBL psychometric fit ({@code erf_psycho_2gammas} of P(right), 10 fits) on this unit's axis. For mice
     * it is exactly {@link Psychofit#iblFit}: start [0, 40, .1, .1], bounds [−50, 10, 0, 0] to [50, 50, .2, .2]
     * on a ±100 % axis. IBL's numbers are percent and encode what is plausible for a mouse; on a strength axis the
     * bounds only keep the parameters meaningful relative to the largest level m: bias within ±m, threshold in
     * [m/20, 2m] (start 0.4·m, as IBL's 40 of 100), lapses in IBL's [0, 0.2]. (A trained 50-unit RNN's
     * threshold is about 0.7·m, which IBL's proportions, at most m/2, would have cut off.)
     *
     * @param x signed stimulus levels on this axis; n trials and p P(right) per level
     */
    public PsychometricFit fit(double[] x, double[] n, double[] p, RandomGenerator rng) {
        if (this == CONTRAST_PERCENT) {
            return Psychofit.iblFit(x, n, p, rng);
        }
        double m = 0;
        for (double v : x) {
            m = Math.max(m, Math.abs(v));
        }
        if (m == 0) {
            m = 1;
        }
        return Psychofit.mleFitPsycho(x, n, p, PsychometricModel.ERF_PSYCHO_2GAMMAS,
                new double[] {0, 0.4 * m, .1, .1}, new double[] {-m, m / 20, 0, 0},
                new double[] {m, 2 * m, .2, .2}, Psychofit.IBL_NFITS, rng);
    }
}
