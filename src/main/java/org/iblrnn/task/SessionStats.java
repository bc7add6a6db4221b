package org.iblrnn.task;

import java.util.List;

/**
 * The behaviour summary logged during training (TensorBoard {@code train/*} scalars and the progress line), pooled
 * over the steps and trials of one or more tables. Ratios with an empty denominator are NaN.
 *
 * @param steps                    rows
 * @param trials                   trial-end rows
 * @param fractionTrialsWithAction actions / trials ({@code action_taken_by_total_trials})
 * @param correctPerAction         correct actions / actions ({@code correct_action_taken_by_action_taken})
 * @param correctPerTrial          correct actions / trials ({@code correct_action_taken_by_total_trials})
 * @param meanStepsPerTrial        rows / trials, blank steps included ({@code dts_by_trial})
 * @param meanRewardPerStep        mean of the reward column ({@code feedback_by_dt})
 * @param meanLossPerStep          mean of the loss column, blank steps included ({@code avg_loss_per_dt}); NaN if
 *                                 the tables were recorded without a loss
 * @param meanTrialSide            mean trial side over rows, i.e. step-weighted as in the original
 *                                 ({@code avg_trial_side})
 * @param meanTrialSideLeftBlocks  the same over rows of left blocks ({@code avg_trial_side_left_block})
 * @param meanTrialSideRightBlocks the same over rows of right blocks ({@code avg_trial_side_right_block})
 * @param minTrialsPerBlock        fewest trials in a block ({@code min_trial_per_block})
 * @param maxTrialsPerBlock        most trials in a block ({@code max_trial_per_block})
 */
public record SessionStats(int steps, int trials, double fractionTrialsWithAction, double correctPerAction,
                           double correctPerTrial, double meanStepsPerTrial, double meanRewardPerStep,
                           double meanLossPerStep, double meanTrialSide, double meanTrialSideLeftBlocks,
                           double meanTrialSideRightBlocks, int minTrialsPerBlock, int maxTrialsPerBlock) {

    /** Summary of one table. */
    public static SessionStats of(SessionTable table) {
        return of(List.of(table));
    }

    /** Summary pooled over tables (e.g. the sessions of one gradient step), without concatenating them. */
    public static SessionStats of(List<SessionTable> tables) {
        long steps = 0;
        long trials = 0;
        long actions = 0;
        long correct = 0;
        double rewardSum = 0;
        double lossSum = 0;
        long sideSum = 0;
        long sideSumLeft = 0;
        long rowsLeft = 0;
        long sideSumRight = 0;
        long rowsRight = 0;
        int minPerBlock = Integer.MAX_VALUE;
        int maxPerBlock = 0;
        for (SessionTable t : tables) {
            int[] trialSide = t.trialSide();
            int[] blockSide = t.blockSide();
            double[] reward = t.reward();
            double[] loss = t.loss();
            for (int r = 0; r < t.rows(); r++) {
                rewardSum += reward[r];
                lossSum += loss[r];
                sideSum += trialSide[r];
                if (blockSide[r] < 0) {
                    sideSumLeft += trialSide[r];
                    rowsLeft++;
                } else {
                    sideSumRight += trialSide[r];
                    rowsRight++;
                }
            }
            steps += t.rows();
            TrialView v = t.trials();
            int run = 0;
            for (int i = 0; i < v.size(); i++) {
                trials++;
                if (v.actionTaken()[i]) {
                    actions++;
                }
                if (v.correct()[i]) {
                    correct++;
                }
                if (v.trialWithinBlock()[i] == 0 && run > 0) {
                    minPerBlock = Math.min(minPerBlock, run);
                    maxPerBlock = Math.max(maxPerBlock, run);
                    run = 0;
                }
                run++;
            }
            if (run > 0) {
                minPerBlock = Math.min(minPerBlock, run);
                maxPerBlock = Math.max(maxPerBlock, run);
            }
        }
        if (steps > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("SessionStats: " + steps + " rows overflow the step count; summarise "
                    + "fewer tables at once");
        }
        return new SessionStats((int) steps, (int) trials, ratio(actions, trials), ratio(correct, actions),
                ratio(correct, trials), ratio(steps, trials), ratio(rewardSum, steps), ratio(lossSum, steps),
                ratio(sideSum, steps), ratio(sideSumLeft, rowsLeft), ratio(sideSumRight, rowsRight),
                trials == 0 ? 0 : minPerBlock, maxPerBlock);
    }

    private static double ratio(double num, double den) {
        return den == 0 ? Double.NaN : num / den;
    }
}
