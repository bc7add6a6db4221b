package org.iblrnn.agents;

/**
 * How the actors learn the previous trial's side: the environment only returns a reward, so they combine it with
 * their own last posterior. The original's rule, reproduced bit for bit: chosen = round(posterior) elementwise (half
 * to even, so 0.5 → 0); if the feedback is exactly +1 the side is the chosen one, otherwise the complement
 * 1 − chosen; then argmax with ties to left. A timeout (−1) is therefore read as a wrong choice of the rounded side.
 */
final class FeedbackSideInference {

    private FeedbackSideInference() {
    }

    /**
     * @param posterior the stimulus posterior [P(left), P(right)] at the decision (or timeout) step
     * @param feedback  the reward fed back on the next trial's first step (non-zero)
     * @return the inferred side, 0 left or 1 right
     */
    static int previousSide(double[] posterior, double feedback) {
        double chosenLeft = Math.rint(posterior[0]);
        double chosenRight = Math.rint(posterior[1]);
        if (feedback != 1.0) {
            chosenLeft = 1 - chosenLeft;
            chosenRight = 1 - chosenRight;
        }
        return chosenRight > chosenLeft ? 1 : 0;
    }
}
