package org.iblrnn.fitmice;

import java.util.List;

/**
 * A model of a mouse's choices: given the trials so far it predicts P(right) on the next one. Every model is
 * fitted by maximum likelihood (plus its own regularisation) on training sessions and scored on held-out ones,
 * so classical priors, tiny GRUs and task-trained networks are compared under one protocol.
 */
public interface ChoiceModel {

    /** The model's name as the CLI and fit-mice.json spell it (e.g. {@code action_kernel}, {@code tiny_gru_2}). */
    String name();

    /**
     * Fits the model to the choices of {@code train} (trials with choice 0 do not count in the likelihood but
     * advance the history). Deterministic for a given {@code seed}.
     */
    Fitted fit(List<ChoiceSession> train, long seed);

    /** A fitted model: its parameters and its predictions on any sessions of the same mouse. */
    interface Fitted {

        /** P(choice = right) for every trial of {@code session}, in order, each from the trials before it only. */
        double[] pRight(ChoiceSession session);

        /** The fitted parameters by name (e.g. {@code alpha}, {@code lapse_left}), for fit-mice.json. */
        java.util.Map<String, Double> params();

        /**
         * P(right) for every trial of {@code session} had that trial's stimulus had zero contrast, the history before
         * it being the real one: the model's expectation before it sees the stimulus, whose trial-to-trial changes
         * show how the model learns from each choice and outcome. Empty for a model that cannot say (the default).
         */
        default java.util.Optional<double[]> pRightAtZeroContrast(ChoiceSession session) {
            return java.util.Optional.empty();
        }
    }
}
