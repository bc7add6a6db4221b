package org.iblrnn.task;

/** The per-step loss recorded in the session table (0 on blank steps is the runner's job, not this function's). */
@FunctionalInterface
public interface StepLoss {

    /**
     * @param pLeft     P(left) at the step
     * @param pRight    P(right) at the step
     * @param trialSide −1 left, +1 right
     * @return the loss of this (non-blank) step
     */
    double loss(double pLeft, double pRight, int trialSide);
}
