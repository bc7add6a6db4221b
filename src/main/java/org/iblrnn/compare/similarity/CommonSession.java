package org.iblrnn.compare.similarity;

import org.iblrnn.agents.Actors;
import org.iblrnn.agents.BayesianActor;
import org.iblrnn.agents.BayesianObserver;
import org.iblrnn.agents.ObserverInput;
import org.iblrnn.agents.ObserverResult;
import org.iblrnn.config.TaskConfig;
import org.iblrnn.model.RecurrentNetwork;
import org.iblrnn.model.RnnAgent;
import org.iblrnn.task.GeneratedSession;
import org.iblrnn.task.SessionGenerator;
import org.iblrnn.task.SessionRunner;
import org.iblrnn.task.SessionTable;
import org.iblrnn.task.Seeds;
import org.iblrnn.task.TrialView;

/**
 * The one session every compared network is driven through, so that their hidden states can be compared sample by
 * sample. Networks act, so sessions in which each network plays closed-loop diverge (trial lengths and feedback
 * depend on its own choices). Here one session (blocks, trial sides, strengths, observations) is generated from the
 * stream "common_session" of the analysis seed and played closed-loop by the Bayesian actor; its step-by-step inputs
 * [left, right, previous feedback] are then fed open-loop to every network, whose own outputs are recorded but never
 * change the inputs. Trial boundaries and feedback are therefore the Bayesian actor's; a network whose own choice
 * would have differed still receives the actor's feedback (as if its choice had been the actor's).
 *
 * <p>The samples are the trial-end steps of this session (the step of the actor's decision, the last observation
 * step of each trial), one per trial: there a network's state holds both its stimulus evidence and its block belief.
 * The Bayesian observer's belief at the same steps — [P(right block) before the trial's feedback, P(right side | the
 * trial's observations so far)] — serves as a two-dimensional reference "network".
 */
public final class CommonSession {

    /** Name of the random stream the session is generated from. */
    public static final String STREAM = "common_session";

    private final SessionTable teacher;
    private final TrialView trials;
    private final double[] inputs;
    private final double[] observerBeliefs;
    private final int blocks;

    private CommonSession(SessionTable teacher, double[] observerBeliefs, int blocks) {
        this.teacher = teacher;
        this.trials = teacher.trials();
        this.observerBeliefs = observerBeliefs;
        this.blocks = blocks;
        int n = teacher.rows();
        this.inputs = new double[3 * n];
        double[] left = teacher.leftStimulus();
        double[] right = teacher.rightStimulus();
        double[] feedback = teacher.feedback();
        for (int r = 0; r < n; r++) {
            inputs[3 * r] = left[r];
            inputs[3 * r + 1] = right[r];
            inputs[3 * r + 2] = feedback[r];
        }
    }

    /**
     * Generates the session.
     *
     * @param task   the compared networks' task (its blocks per session is replaced by {@code blocks})
     * @param blocks blocks of the session (≥ 1)
     * @param seed   analysis seed
     */
    public static CommonSession generate(TaskConfig task, int blocks, long seed) {
        if (blocks < 1) {
            throw new IllegalArgumentException("--blocks must be >= 1 but was " + blocks);
        }
        TaskConfig t = task.withBlocksPerSession(blocks);
        GeneratedSession session = SessionGenerator.generate(t, Seeds.forAnalysis(seed, STREAM));
        SessionTable table = SessionRunner.run(t, session, Actors.create(BayesianActor.NAME, t), null, 0);
        ObserverResult obs = new BayesianObserver(t).evaluate(ObserverInput.of(table));
        TrialView tv = table.trials();
        double[] beliefs = new double[2 * tv.size()];
        for (int i = 0; i < tv.size(); i++) {
            beliefs[2 * i] = obs.blockPriorRight()[tv.startRow(i)];
            beliefs[2 * i + 1] = obs.stimulusPosteriorRight()[tv.endRow()[i]];
        }
        return new CommonSession(table, beliefs, blocks);
    }

    /** The Bayesian actor's closed-loop session whose inputs drive every network. */
    public SessionTable teacher() {
        return teacher;
    }

    /** Its trials (one sample per trial). */
    public TrialView trials() {
        return trials;
    }

    public int blocks() {
        return blocks;
    }

    /** Number of samples (trials). */
    public int samples() {
        return trials.size();
    }

    /** Steps of the session. */
    public int steps() {
        return teacher.rows();
    }

    /** The input of step {@code r}: [left, right, previous feedback] (copy). */
    public double[] input(int r) {
        return new double[] {inputs[3 * r], inputs[3 * r + 1], inputs[3 * r + 2]};
    }

    /**
     * The Bayesian observer's belief per sample, row-major samples × 2: P(right block) given the true sides of the
     * previous trials, and P(right side) given the trial's observations up to its end step and that block prior.
     */
    public double[] observerBeliefs() {
        return observerBeliefs.clone();
    }

    /**
     * Drives {@code network} from a zero state through every step of the session, open-loop.
     *
     * @return its hidden state h (the LSTM's h, not c) and P(right) at each trial-end step
     */
    public Response drive(RecurrentNetwork network) {
        if (network.inputSize() != 3 || network.outputSize() != 2) {
            throw new IllegalArgumentException("the common session drives networks with 3 inputs and 2 outputs but"
                    + " this one has " + network.inputSize() + " and " + network.outputSize());
        }
        RnnAgent agent = new RnnAgent(network);
        agent.reset();
        int h = agent.stateSize();
        double[] states = new double[samples() * h];
        double[] pRight = new double[samples()];
        double[] in = new double[3];
        double[] probs = new double[2];
        int[] end = trials.endRow();
        int next = 0;
        for (int r = 0; r < steps(); r++) {
            System.arraycopy(inputs, 3 * r, in, 0, 3);
            agent.step(in, probs);
            if (next < end.length && end[next] == r) {
                agent.copyState(states, next * h);
                pRight[next] = probs[1] / (probs[0] + probs[1]);
                next++;
            }
        }
        return new Response(states, h, pRight);
    }

    /**
     * A network's response at the samples.
     *
     * @param states row-major samples × {@code dims} hidden states
     * @param dims   H
     * @param pRight P(right) / (P(left) + P(right)) per sample
     */
    public record Response(double[] states, int dims, double[] pRight) {
    }
}
