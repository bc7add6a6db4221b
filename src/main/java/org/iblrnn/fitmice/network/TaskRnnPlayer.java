package org.iblrnn.fitmice.network;

import java.util.SplittableRandom;
import org.hipparchus.special.Erf;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.fitmice.ChoiceSession;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.model.RnnAgent;
import org.iblrnn.task.Seeds;
import org.iblrnn.task.TaskEnvironment;

/**
 * Plays a mouse's session with a network trained on the task, as the task would present it, and reports the
 * network's probability of choosing right on every trial.
 *
 * <p>Trial t of the mouse becomes a task trial on the same side with strength {@code gain × |c_t|} (c_t the
 * mouse's signed contrast). As in training, the trial has {@code rnn_steps_before_obs} blank steps (observations
 * 0) and then up to {@code max_obs_per_trial} observation steps, each observing N(strength, 1) on the stimulus
 * side and N(0, 1) on the other; the feedback input is the previous step's reward (0 after a blank step,
 * {@code time_delay_penalty} after an observation step without action). The network decides at the first
 * observation step where max(P(left), P(right)) &gt; 0.9, or times out at the last one; its P(right) at that step is
 * the trial's value. The next trial's first step carries the network's own outcome: +1 if it chose the stimulus
 * side, −1 if not or on a timeout. So the network plays the mouse's stimulus sequence in its own closed loop; the
 * mouse's choices never enter it.
 *
 * <p>Because the observations are noisy, a session is played in {@code worlds} copies, each with its own noise and
 * hence its own actions and feedback, and P(right) is the mean over copies. The (right − left) noise of a trial's
 * first observation step, which decides most trials, is stratified over the copies, so a first-step decision
 * probability is estimated to within 1/worlds; every copy on its own still sees independent N(0, 1) noise. The
 * noise of (session, trial, copy) comes from a fixed stream that does not depend on the gain (common random
 * numbers), so the likelihood changes with the gain only through the strengths. A trial without a known stimulus
 * side (no response and no recorded position) gets a side drawn from the trial's stream, and strength 0.
 *
 * <p>Thread-safe: every call plays with its own agents on the network's unchanging weights.
 */
final class TaskRnnPlayer {

    private static final double INV_SQRT2 = 1.0 / Math.sqrt(2.0);

    private final RecurrentNetwork network;
    private final TaskConfig task;
    private final int worlds;
    private final long noiseSeed;

    TaskRnnPlayer(RecurrentNetwork network, TaskConfig task, int worlds, long noiseSeed) {
        if (network.inputSize() != 3 || network.outputSize() != 2) {
            throw new IllegalArgumentException("a task network has 3 inputs (left, right, feedback) and 2 outputs "
                    + "but this one has " + network.inputSize() + " and " + network.outputSize());
        }
        if (worlds < 1) {
            throw new IllegalArgumentException("the task network needs at least one noise draw but got " + worlds);
        }
        this.network = network;
        this.task = task;
        this.worlds = worlds;
        this.noiseSeed = noiseSeed;
    }

    /** The network's P(right) on every trial of {@code s}, averaged over the noise draws. */
    double[] pRight(ChoiceSession s, double gain) {
        int n = s.trials();
        double[] out = new double[n];
        RnnAgent[] agents = new RnnAgent[worlds];
        double[] feedback = new double[worlds];
        for (int w = 0; w < worlds; w++) {
            agents[w] = new RnnAgent(network);
        }
        double[] x = new double[3];
        double[] probs = new double[2];
        double[] firstDiff = new double[worlds];
        int blank = task.rnnStepsBeforeObs();
        int last = task.stepsPerTrial() - 1;
        for (int t = 0; t < n; t++) {
            SplittableRandom trialNoise = noise(s.sessionNum(), t, -1);
            int side = s.stimulusSide()[t];
            if (side == 0) {
                side = trialNoise.nextBoolean() ? 1 : -1;
            }
            stratifiedNormals(trialNoise, firstDiff);
            double strength = gain * Math.abs(s.signedContrast()[t]);
            double sum = 0.0;
            for (int w = 0; w < worlds; w++) {
                SplittableRandom noise = noise(s.sessionNum(), t, w);
                for (int step = 0; step <= last; step++) {
                    if (step < blank) {
                        x[0] = 0.0;
                        x[1] = 0.0;
                    } else {
                        double nl;
                        double nr;
                        if (step == blank) {
                            // (right − left) noise stratified over the copies, (right + left) noise plain
                            double zSum = noise.nextGaussian();
                            nl = (zSum - firstDiff[w]) * INV_SQRT2;
                            nr = (zSum + firstDiff[w]) * INV_SQRT2;
                        } else {
                            nl = noise.nextGaussian();
                            nr = noise.nextGaussian();
                        }
                        x[0] = nl + (side < 0 ? strength : 0.0);
                        x[1] = nr + (side > 0 ? strength : 0.0);
                    }
                    x[2] = feedback[w];
                    agents[w].step(x, probs);
                    if (step < blank) {
                        feedback[w] = 0.0;
                    } else if (Math.max(probs[0], probs[1]) > TaskEnvironment.ACTION_THRESHOLD) {
                        sum += probs[1];
                        feedback[w] = (probs[1] > probs[0] ? 1 : -1) == side ? 1.0 : -1.0;
                        break;
                    } else if (step == last) {
                        sum += probs[1];
                        feedback[w] = -1.0;
                    } else {
                        feedback[w] = task.timeDelayPenalty();
                    }
                }
            }
            out[t] = sum / worlds;
        }
        return out;
    }

    /**
     * One standard normal per copy, stratified: the copies take the {@code worlds} equal-probability strata of
     * N(0, 1) in a random order (a fresh permutation per trial, so every copy's draws are independent N(0, 1)
     * across trials), each at a uniform position within its stratum.
     */
    private void stratifiedNormals(SplittableRandom rng, double[] out) {
        int m = out.length;
        int[] stratum = TinyGruFitter.permutation(m, rng);
        for (int w = 0; w < m; w++) {
            double u;
            do { // u = 0 or 1 (after rounding) would be an infinite draw
                u = (stratum[w] + rng.nextDouble()) / m;
            } while (u <= 0.0 || u >= 1.0);
            out[w] = Math.sqrt(2.0) * Erf.erfInv(2.0 * u - 1.0);
        }
    }

    /** The noise stream of one trial of one copy (copy −1: the trial's shared stream): depends on nothing else. */
    private SplittableRandom noise(int session, int trial, int world) {
        return Seeds.forSession(noiseSeed, ((long) session << 32) | trial, world);
    }
}
