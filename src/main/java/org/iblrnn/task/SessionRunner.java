package org.iblrnn.task;

import org.iblrnn.config.TaskConfig;

/**
 * Plays a generated session with an agent and records every step in a {@link SessionTable}. The same loop serves
 * training (the RNN records its own trajectory for BPTT while it steps), analysis and the Bayesian or distilled
 * agents, so every table has identical semantics.
 *
 * <p>The agent is reset once at the start; its state carries over across trials and blocks. The loop allocates
 * nothing per step; the table's buffers grow geometrically.
 */
public final class SessionRunner {

    private SessionRunner() {
    }

    /**
     * Runs one session to its end.
     *
     * @param cfg          the task parameters the session was generated with
     * @param session      the session to play
     * @param agent        the player (reset here; stepped once per row)
     * @param lossOrNull   per-step loss for the {@code loss} column (0 on blank steps); null leaves the column NaN
     * @param sessionIndex value of the {@code session_index} column
     * @return the table, one row per step
     */
    public static SessionTable run(TaskConfig cfg, GeneratedSession session, Agent agent, StepLoss lossOrNull,
                                   int sessionIndex) {
        TaskEnvironment env = new TaskEnvironment(cfg, session);
        agent.reset();
        int stateSize = agent.stateSize();
        // a trained network takes ~3.3 steps per trial with 2 blank steps; untrained ones grow the buffers
        SessionTableBuilder b = new SessionTableBuilder(session.numTrials() * (session.blankSteps() + 2), stateSize);
        double[] in = new double[3];
        double[] probs = new double[2];
        while (!env.done()) {
            int trial = env.trial();
            int step = env.stepInTrial();
            boolean blank = env.isBlankStep();
            env.input(in);
            agent.step(in, probs);
            double pLeft = probs[0];
            double pRight = probs[1];
            double reward = env.respond(pLeft, pRight);

            int r = b.size;
            b.ensureCapacity(r + 1);
            int side = session.trialSide(trial);
            int block = session.trialBlock(trial);
            b.sessionIndex[r] = sessionIndex;
            b.blockIndex[r] = block;
            b.trialIndex[r] = session.trialWithinBlock(trial);
            b.trialWithinSession[r] = trial;
            b.rnnStepIndex[r] = step;
            b.rnnStepWithinSession[r] = r;
            b.leftStimulus[r] = in[0];
            b.rightStimulus[r] = in[1];
            b.trialStrength[r] = session.trialStrength(trial);
            b.trialSide[r] = side;
            b.blockSide[r] = session.blockSide(block);
            b.loss[r] = lossOrNull == null ? Double.NaN : blank ? 0.0 : lossOrNull.loss(pLeft, pRight, side);
            b.reward[r] = reward;
            b.leftActionProb[r] = pLeft;
            b.rightActionProb[r] = pRight;
            if (stateSize > 0) {
                agent.copyState(b.hidden, r * stateSize);
            }
            boolean end = env.lastStepEndedTrial();
            int actionSide = env.lastActionSide();
            b.trialEnd[r] = end;
            b.actionSide[r] = actionSide;
            b.actionTaken[r] = end ? (actionSide != 0 ? 1 : 0) : SessionTable.NOT_TRIAL_END;
            b.correctActionTaken[r] = end ? (actionSide == side ? 1 : 0) : SessionTable.NOT_TRIAL_END;
            b.isBlank[r] = blank;
            b.size = r + 1;
        }
        return b.build();
    }
}
