package org.iblrnn.analysis.fixedpoint;

/**
 * The six constant inputs (left observation, right observation, feedback) under which the original studies the
 * network's dynamics, in its order.
 */
public enum InputCondition {
    LEFT_STIMULUS("left_stimulus", "Left Stimulus", 1.2, 0.2, -0.05),
    EQUAL_STIMULUS("equal_stimulus", "Equal Stimulus", 0.2, 0.2, -0.05),
    RIGHT_STIMULUS("right_stimulus", "Right Stimulus", 0.2, 1.2, -0.05),
    NEGATIVE_FEEDBACK("negative_feedback", "Negative Feedback", 0.0, 0.0, -1.0),
    NO_STIMULUS("no_stimulus", "No Stimulus", 0.0, 0.0, 0.0),
    POSITIVE_FEEDBACK("positive_feedback", "Positive Feedback", 0.0, 0.0, 1.0);

    private final String key;
    private final String title;
    private final double left;
    private final double right;
    private final double feedback;

    InputCondition(String key, String title, double left, double right, double feedback) {
        this.key = key;
        this.title = title;
        this.left = left;
        this.right = right;
        this.feedback = feedback;
    }

    /** snake_case name used in metrics.json. */
    public String key() {
        return key;
    }

    /** Human-readable panel title (VF1). */
    public String title() {
        return title;
    }

    public double left() {
        return left;
    }

    public double right() {
        return right;
    }

    public double feedback() {
        return feedback;
    }

    /** The network input (left, right, feedback) as a new array. */
    public double[] input() {
        return new double[]{left, right, feedback};
    }

    /** Whether the condition is one of the three observation conditions (feedback = time-delay penalty). */
    public boolean isStimulus() {
        return left != 0 || right != 0;
    }
}
