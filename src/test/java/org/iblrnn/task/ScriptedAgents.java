package org.iblrnn.task;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Agents with known behaviour, for testing the environment and the runner. */
final class ScriptedAgents {

    private ScriptedAgents() {
    }

    /**
     * Acts at the first observation step of every trial, on the trial's side ({@code correct}) or the other side.
     * It knows the session and, because it always acts at the same step, which trial it is in.
     */
    static final class Confident implements Agent {
        private final GeneratedSession session;
        private final boolean correct;
        private int steps;

        Confident(GeneratedSession session, boolean correct) {
            this.session = session;
            this.correct = correct;
        }

        @Override
        public void reset() {
            steps = 0;
        }

        @Override
        public void step(double[] input, double[] probsOut) {
            int perTrial = session.blankSteps() + 1;
            int trial = steps / perTrial;
            int side = session.trialSide(trial) * (correct ? 1 : -1);
            probsOut[0] = side < 0 ? 0.99 : 0.01;
            probsOut[1] = 1 - probsOut[0];
            steps++;
        }

        @Override
        public int stateSize() {
            return 0;
        }

        @Override
        public void copyState(double[] out, int offset) {
        }
    }

    /**
     * Never confident (P = 0.5/0.5). Its state is [steps since reset, last left input, last right input, last
     * feedback input] so tests can see exactly what it was given and that it is never reset within a session.
     */
    static final class Undecided implements Agent {
        private final double[] state = new double[4];
        int resets;

        @Override
        public void reset() {
            Arrays.fill(state, 0);
            resets++;
        }

        @Override
        public void step(double[] input, double[] probsOut) {
            state[0]++;
            state[1] = input[0];
            state[2] = input[1];
            state[3] = input[2];
            probsOut[0] = 0.5;
            probsOut[1] = 0.5;
        }

        @Override
        public int stateSize() {
            return state.length;
        }

        @Override
        public void copyState(double[] out, int offset) {
            System.arraycopy(state, 0, out, offset, state.length);
        }
    }

    /**
     * Acts at random: each step with probability {@code pAct} it is confident (side at random), otherwise
     * P(left) is uniform in [0.1, 0.9]. State: [feedback input, P(left)].
     */
    static final class Random implements Agent {
        private final long seed;
        private final double pAct;
        private SplittableRandom rng;
        private final double[] state = new double[2];

        Random(long seed, double pAct) {
            this.seed = seed;
            this.pAct = pAct;
        }

        @Override
        public void reset() {
            rng = new SplittableRandom(seed);
            Arrays.fill(state, 0);
        }

        @Override
        public void step(double[] input, double[] probsOut) {
            double pLeft;
            if (rng.nextDouble() < pAct) {
                pLeft = rng.nextBoolean() ? 0.95 : 0.05;
            } else {
                pLeft = 0.1 + 0.8 * rng.nextDouble();
            }
            probsOut[0] = pLeft;
            probsOut[1] = 1 - pLeft;
            state[0] = input[2];
            state[1] = pLeft;
        }

        @Override
        public int stateSize() {
            return state.length;
        }

        @Override
        public void copyState(double[] out, int offset) {
            System.arraycopy(state, 0, out, offset, state.length);
        }
    }
}
