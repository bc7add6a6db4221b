package org.iblrnn.analysis.behaviour;

import org.iblrnn.config.TaskConfig;
import org.iblrnn.task.Agent;
import org.iblrnn.task.GeneratedSession;
import org.iblrnn.task.SessionRunner;
import org.iblrnn.task.SessionTable;

/**
 * Hand-made sessions for testing the binning: explicit blocks, trial sides and strengths, and an agent that, in trial
 * i, decides after {@code obs[i]} observations on {@code choice[i]} (−1/+1), or times out when {@code choice[i]} is 0.
 * Observations are (strength on the trial's side + step/100, 0 on the other), so each step is identifiable.
 */
final class ScriptedTrials {

    static final TaskConfig TASK = TaskConfig.defaults();

    private ScriptedTrials() {
    }

    static SessionTable play(int[] blockSides, int[] blockLengths, int[] sides, double[] strengths, int[] obs,
                             int[] choice) {
        int steps = TASK.stepsPerTrial();
        int blank = TASK.rnnStepsBeforeObs();
        double[][][] o = new double[sides.length][steps][2];
        for (int t = 0; t < sides.length; t++) {
            for (int s = blank; s < steps; s++) {
                o[t][s][sides[t] > 0 ? 1 : 0] = strengths[t] + s / 100.0;
            }
        }
        GeneratedSession session = GeneratedSession.of(blockSides, blockLengths, sides, strengths, o, blank);
        return SessionRunner.run(TASK, session, new Scripted(obs, choice, blank, steps), null, 0);
    }

    /** Acts on a planned side after a planned number of observations. */
    static final class Scripted implements Agent {
        private final int[] obs;
        private final int[] choice;
        private final int blank;
        private final int steps;
        private int trial;
        private int step;

        Scripted(int[] obs, int[] choice, int blank, int steps) {
            this.obs = obs;
            this.choice = choice;
            this.blank = blank;
            this.steps = steps;
        }

        @Override
        public void reset() {
            trial = 0;
            step = 0;
        }

        @Override
        public void step(double[] input, double[] probsOut) {
            boolean acts = choice[trial] != 0 && step == blank + obs[trial] - 1;
            double right = acts ? (choice[trial] > 0 ? 0.99 : 0.01) : 0.5;
            probsOut[0] = 1 - right;
            probsOut[1] = right;
            step++;
            if (acts || step == steps) {
                trial++;
                step = 0;
            }
        }

        @Override
        public int stateSize() {
            return 1;
        }

        @Override
        public void copyState(double[] out, int offset) {
            out[offset] = step;
        }
    }
}
