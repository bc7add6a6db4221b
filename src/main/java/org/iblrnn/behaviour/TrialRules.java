package org.iblrnn.behaviour;

/**
 * The value rules of the IBL trial format, shared by the CSV reader and {@link IblTrials.Builder} so a table
 * built in memory obeys exactly what a file must. Each check returns the canonical value or throws
 * {@link Invalid} carrying the expectation text used in error messages.
 */
final class TrialRules {

    static final String TRIAL_NUM = "trial_num";
    static final String SESSION_NUM = "session_num";
    static final String STIM_PROBABILITY_LEFT = "stim_probability_left";
    static final String CONTRAST = "contrast";
    static final String POSITION = "position";
    static final String RESPONSE_CHOICE = "response_choice";
    static final String TRIAL_CORRECT = "trial_correct";
    static final String REACTION_TIME = "reaction_time";

    /** Column order of the format. */
    static final String[] COLUMNS = {TRIAL_NUM, SESSION_NUM, STIM_PROBABILITY_LEFT, CONTRAST, POSITION,
            RESPONSE_CHOICE, TRIAL_CORRECT, REACTION_TIME};

    static final String EXPECT_TRIAL_NUM = "expected a trial number: an integer >= 0";
    static final String EXPECT_SESSION_NUM = "expected a session number: an integer >= 0";
    static final String EXPECT_P_LEFT = "expected the block's P(left stimulus), a probability in [0, 1]";
    static final String EXPECT_CONTRAST =
            "expected a finite contrast >= 0 (a mouse's contrast, or an agent's stimulus strength)";
    static final String EXPECT_POSITION = "expected a stimulus position -35, 0 or 35";
    static final String EXPECT_RESPONSE = "expected a choice -1 (left), 0 (no response) or 1 (right)";
    static final String EXPECT_CORRECT = "expected 0 or 1";
    static final String EXPECT_RT = "expected a finite reaction time in seconds, or empty/NaN when missing";

    private static final double TOLERANCE = 1e-9;

    /** A value that breaks a rule; {@link #expectation} completes the message "(expected …)". */
    static final class Invalid extends Exception {
        final String expectation;

        Invalid(String expectation) {
            super(expectation, null, false, false);
            this.expectation = expectation;
        }
    }

    private TrialRules() {
    }

    /** The expectation text for a column (used for "is not a number" and "is empty" messages). */
    static String expectation(String column) {
        switch (column) {
            case TRIAL_NUM: return EXPECT_TRIAL_NUM;
            case SESSION_NUM: return EXPECT_SESSION_NUM;
            case STIM_PROBABILITY_LEFT: return EXPECT_P_LEFT;
            case CONTRAST: return EXPECT_CONTRAST;
            case POSITION: return EXPECT_POSITION;
            case RESPONSE_CHOICE: return EXPECT_RESPONSE;
            case TRIAL_CORRECT: return EXPECT_CORRECT;
            case REACTION_TIME: return EXPECT_RT;
            default: throw new IllegalArgumentException("unknown IBL column '" + column + "'");
        }
    }

    static int trialNum(double v) throws Invalid {
        return nonNegativeInt(v, EXPECT_TRIAL_NUM);
    }

    static int sessionNum(double v) throws Invalid {
        return nonNegativeInt(v, EXPECT_SESSION_NUM);
    }

    /**
     * Any probability in [0, 1], kept as written: the main mouse files use 0.2/0.5/0.8, the endtrain files
     * 0.0–1.0 in steps of 0.1, and an exported agent writes its own block's P(left) from its task parameters.
     * NaN is rejected.
     */
    static double stimProbabilityLeft(double v) throws Invalid {
        if (v >= 0 && v <= 1) {
            return v + 0.0;
        }
        throw new Invalid(EXPECT_P_LEFT);
    }

    /**
     * Any finite value ≥ 0. For mice it is the fraction of full contrast (≤ 1); for an exported agent it is the
     * raw stimulus strength (e.g. up to 2.5), a different quantity that is deliberately not mapped onto contrast.
     */
    static double contrast(double v) throws Invalid {
        if (v >= 0 && v < Double.POSITIVE_INFINITY) {
            return v + 0.0;
        }
        throw new Invalid(EXPECT_CONTRAST);
    }

    /**
     * −35, 0 or 35 within 1e-9, returned exactly (0 is returned as +0). Position 0 occurs in the mouse files
     * on trials without a stimulus side recorded (contrast 0, no response).
     */
    static double position(double v) throws Invalid {
        if (Math.abs(v - 35) <= TOLERANCE) {
            return 35;
        }
        if (Math.abs(v + 35) <= TOLERANCE) {
            return -35;
        }
        if (Math.abs(v) <= TOLERANCE) {
            return 0;
        }
        throw new Invalid(EXPECT_POSITION);
    }

    static int responseChoice(double v) throws Invalid {
        if (v == -1 || v == 0 || v == 1) {
            return (int) v;
        }
        throw new Invalid(EXPECT_RESPONSE);
    }

    static int trialCorrect(double v) throws Invalid {
        if (v == 0 || v == 1) {
            return (int) v;
        }
        throw new Invalid(EXPECT_CORRECT);
    }

    /**
     * Any finite value (the mouse files contain negative reaction times, down to about −1.9 s, from the
     * rig's timing; they are kept as recorded) or NaN for missing; infinities are rejected.
     */
    static double reactionTime(double v) throws Invalid {
        if (Double.isInfinite(v)) {
            throw new Invalid(EXPECT_RT);
        }
        return v;
    }

    private static int nonNegativeInt(double v, String expectation) throws Invalid {
        if (v >= 0 && v <= Integer.MAX_VALUE && v == Math.rint(v)) {
            return (int) v;
        }
        throw new Invalid(expectation);
    }
}
