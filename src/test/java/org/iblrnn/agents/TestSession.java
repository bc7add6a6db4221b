package org.iblrnn.agents;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.task.Agent;

/**
 * A minimal closed-loop task simulator written from task §2, used only by this package's tests so the actors can be
 * checked before (and independently of) the task package's SessionRunner.
 */
final class TestSession {

    /** One finished trial. */
    record Trial(int blockSide, int trialWithinBlock, int side, double strength, boolean acted, boolean correct,
                 int observations, boolean forcedCorrect) {
    }

    final List<Trial> trials = new ArrayList<>();
    final List<double[]> steps = new ArrayList<>();   // left, right
    final List<Boolean> trialEnds = new ArrayList<>();
    final List<Integer> stepSides = new ArrayList<>();

    static TestSession run(Agent agent, TaskConfig task, int blocks, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        TestSession out = new TestSession();
        double[] strengths = task.strengths();
        double[][] sideProbs = task.blockSideProbs();
        int blockSide = rng.nextBoolean() ? 1 : -1;
        agent.reset();
        double feedback = 0;
        double[] input = new double[3];
        double[] probs = new double[2];
        for (int b = 0; b < blocks; b++) {
            int length;
            do {
                double u = rng.nextDouble();
                length = (int) Math.floor(Math.log(1 - u) / Math.log(1 - task.trialsPerBlockParam())) + 1;
            } while (length < task.minTrialsPerBlock() || length > task.maxTrialsPerBlock());
            int blockIndex = blockSide == 1 ? 1 : 0;
            for (int t = 0; t < length; t++) {
                int side = rng.nextDouble() < sideProbs[blockIndex][1] ? 1 : -1;
                double strength = strengths[rng.nextInt(strengths.length)];
                int total = task.stepsPerTrial();
                boolean acted = false;
                boolean correct = false;
                int obs = 0;
                for (int s = 0; s < total; s++) {
                    double left = 0;
                    double right = 0;
                    boolean blank = s < task.rnnStepsBeforeObs();
                    if (!blank) {
                        left = rng.nextGaussian() + (side == -1 ? strength : 0);
                        right = rng.nextGaussian() + (side == 1 ? strength : 0);
                        obs++;
                    }
                    input[0] = left;
                    input[1] = right;
                    input[2] = feedback;
                    agent.step(input, probs);
                    out.steps.add(new double[]{left, right});
                    out.stepSides.add(side);
                    double reward;
                    boolean end = false;
                    if (blank) {
                        reward = 0;
                    } else if (Math.max(probs[0], probs[1]) > 0.9) {
                        int chosen = probs[1] > probs[0] ? 1 : -1;
                        acted = true;
                        correct = chosen == side;
                        reward = correct ? 1 : -1;
                        end = true;
                    } else if (s == total - 1) {
                        reward = -1;
                        end = true;
                    } else {
                        reward = task.timeDelayPenalty();
                    }
                    feedback = reward;
                    out.trialEnds.add(end);
                    if (end) {
                        boolean forced = (probs[1] > 0.5 ? 1 : -1) == side;
                        out.trials.add(new Trial(blockSide, t, side, strength, acted, correct, obs, forced));
                        break;
                    }
                }
            }
            blockSide = -blockSide;
        }
        return out;
    }

    ObserverInput observerInput() {
        int n = steps.size();
        double[] l = new double[n];
        double[] r = new double[n];
        boolean[] e = new boolean[n];
        int[] s = new int[n];
        for (int i = 0; i < n; i++) {
            l[i] = steps.get(i)[0];
            r[i] = steps.get(i)[1];
            e[i] = trialEnds.get(i);
            s[i] = stepSides.get(i);
        }
        return new ObserverInput(l, r, e, s);
    }
}
