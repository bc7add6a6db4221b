package org.iblrnn.fitmice.network;

/**
 * How a tiny GRU is fitted: Adam, one training session per step, minimising the mean NLL per responded trial plus
 * {@code l1} × Σ|W_hh|, with early stopping on an inner validation split of the training sessions.
 *
 * <p>Steps are grouped into rounds of {@code stepsPerRound} (sessions are visited in a fresh random order on every
 * pass), and the validation NLL is measured after each round. Counting in steps rather than epochs makes the
 * schedule the same for a mouse with 5 sessions and one with 80. When the validation NLL has not improved for
 * {@code patience} rounds, the fit returns to the best weights and continues with the learning rate multiplied by
 * {@code decay} (a fresh Adam), up to {@code decays} times; the next such plateau ends it.
 *
 * @param l1                 weight of the L1 penalty on the recurrent weights (core.weight_hh_l0)
 * @param learningRate       Adam's initial learning rate (betas 0.9/0.999, eps 1e-8)
 * @param decay              factor applied to the learning rate at each plateau
 * @param decays             plateaus survived before stopping
 * @param stepsPerRound      Adam steps between validations
 * @param maxRounds          rounds at most
 * @param patience           rounds without a better validation NLL that make a plateau
 * @param validationFraction share of the training sessions held out for early stopping (at least one)
 * @param restarts           random initialisations; the one with the best validation NLL is kept
 */
public record TinyGruSettings(double l1, double learningRate, double decay, int decays, int stepsPerRound,
                              int maxRounds, int patience, double validationFraction, int restarts) {

    public TinyGruSettings {
        if (!(l1 >= 0) || !(learningRate > 0) || !(decay > 0 && decay <= 1) || decays < 0 || stepsPerRound < 1
                || maxRounds < 1 || patience < 1 || !(validationFraction > 0 && validationFraction < 1)
                || restarts < 1) {
            throw new IllegalArgumentException("tiny GRU settings need l1 >= 0, learning rate > 0, decay in (0, 1], "
                    + "decays >= 0, positive steps per round, rounds, patience and restarts, and a validation "
                    + "fraction in (0, 1); got " + this);
        }
    }

    /** The settings fit-mice uses (chosen on a pilot of real mice; see the README's fit-mice section). */
    public static TinyGruSettings defaults() {
        return new TinyGruSettings(1e-3, 0.03, 0.3, 2, 20, 100, 5, 0.2, 3);
    }

    public TinyGruSettings withMaxRounds(int rounds) {
        return new TinyGruSettings(l1, learningRate, decay, decays, stepsPerRound, rounds, patience,
                validationFraction, restarts);
    }

    public TinyGruSettings withRestarts(int n) {
        return new TinyGruSettings(l1, learningRate, decay, decays, stepsPerRound, maxRounds, patience,
                validationFraction, n);
    }
}
