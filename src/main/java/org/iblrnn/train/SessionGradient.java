package org.iblrnn.train;

import org.iblrnn.config.LossKind;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.model.Bptt;
import org.iblrnn.model.Losses;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.model.Trajectory;
import org.iblrnn.task.GeneratedSession;
import org.iblrnn.task.SessionGenerator;
import org.iblrnn.task.SessionRunner;
import org.iblrnn.task.SessionTable;
import org.iblrnn.task.Seeds;
import org.iblrnn.task.StepLoss;

/**
 * One session of one gradient step: simulate the task with the network in the loop, then backpropagate the
 * session loss (sum of step losses / number of steps, scaled by 1/batch) through the whole session.
 * Owns its buffers, so each batch slot (thread) has its own instance.
 */
final class SessionGradient {

    private final TaskConfig task;
    private final LossKind lossKind;
    private final StepLoss stepLoss;
    private final Trajectory trajectory;
    private final Bptt bptt;
    private final double[] grad;
    private double[] dLossDLogits = new double[0];

    SessionGradient(RecurrentNetwork network, TaskConfig task, LossKind lossKind) {
        this.task = task;
        this.lossKind = lossKind;
        this.stepLoss = Losses.stepLoss(lossKind);
        this.trajectory = new Trajectory(network);
        this.bptt = new Bptt(network.layout());
        this.grad = new double[network.params().length];
    }

    /** Gradient of the last {@link #run} (flat parameter layout). */
    double[] gradient() {
        return grad;
    }

    /**
     * Runs session {@code sessionIndex} of gradient step {@code step} and computes its gradient.
     *
     * @param scale multiplies the session loss (1 / batch size)
     * @return the session's table (with the loss column filled)
     */
    SessionTable run(long seed, long step, int sessionIndex, double scale) {
        GeneratedSession session = SessionGenerator.generate(task, Seeds.forSession(seed, step, sessionIndex));
        SessionTable table = SessionRunner.run(task, session, trajectory, stepLoss, sessionIndex);
        int n = table.rows();
        boolean[] blank = table.isBlank();
        int[] side = table.trialSide();
        double[] pLeft = table.leftActionProb();
        double[] pRight = table.rightActionProb();
        if (dLossDLogits.length < 2 * n) {
            dLossDLogits = new double[Math.max(2 * n, 2 * dLossDLogits.length)];
        }
        java.util.Arrays.fill(dLossDLogits, 0, 2 * n, 0.0);
        double perStep = scale / n;
        double[] probs = new double[2];
        for (int t = 0; t < n; t++) {
            if (blank[t]) {
                continue;
            }
            probs[0] = pLeft[t];
            probs[1] = pRight[t];
            Losses.gradient(lossKind, probs, 0, 2, Losses.correctIndex(side[t]), perStep, dLossDLogits, 2 * t);
        }
        java.util.Arrays.fill(grad, 0.0);
        bptt.accumulateGradient(trajectory, dLossDLogits, grad);
        return table;
    }
}
