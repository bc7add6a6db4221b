package org.iblrnn.figures;

/**
 * The maths of the figure labels, written once so that every figure names a quantity the same way. Strings use the
 * sub/superscript markup of {@link org.iblrnn.figures.plot.RichText}: o^{L}, o^{R} are the left and right
 * observations of a step, d = o^{R} − o^{L} their difference, h_{t} the hidden state after step t, RNN(h, o) one
 * step of the network, h^{*} a fixed point.
 */
public final class Notation {

    /** Axis label of the observation difference. */
    public static final String OBSERVATION_DIFFERENCE = "d = o^{R} − o^{L} (Right − Left Observation)";
    /** A trial's mean observation difference. */
    public static final String TRIAL_MEAN_OBSERVATION_DIFFERENCE = "Trial Mean of d = o^{R} − o^{L}";
    /** Residual of a fixed-point candidate. */
    public static final String FIXED_POINT_RESIDUAL = "Residual ‖RNN(h^{*}, o) − h^{*}‖_{2}";
    /**
     * The arrow colour of the model-evaluated vector fields (the original's): the residual of the fixed-point descent
     * started from the arrow's grid state, at the point h* where it ended.
     */
    public static final String DESCENT_RESIDUAL = "Descent Residual ‖RNN(h^{*}, o) − h^{*}‖_{2}";
    /** Length of an observed one-step move in the plane of the first two principal components. */
    public static final String OBSERVED_STEP = "Step ‖h_{t} − h_{t−1}‖_{2} in the PC Plane";
    /** Energy of the Lyapunov function of a basin around a fixed point. */
    public static final String BASIN_ENERGY = "Energy ½x^{T}Px, x = h − h^{*}";
    /**
     * Steps per trial: RNN steps up to and including the decision, blank steps included (all steps on a timeout);
     * also what {@code export} writes as reaction_time.
     */
    public static final String STEPS_PER_TRIAL = "# Steps / Trial";

    private Notation() {
    }
}
