package org.iblrnn.compare.similarity;

import java.util.ArrayList;
import java.util.List;
import org.iblrnn.analysis.AgentMetrics;
import org.iblrnn.analysis.similarity.ClassicalMds;

/**
 * What {@code compare --similarity} found: each network's response to the {@link CommonSession}, the pairwise CKA
 * and SVCCA matrices over the networks plus the Bayesian observer (always the last row and column), their MDS
 * embedding, and each network's fixed-point topology and behaviour.
 *
 * @param blocks   blocks of the common session
 * @param seed     analysis seed
 * @param samples  samples compared (trials of the common session)
 * @param steps    steps of the common session
 * @param networks the compared networks, grouped by configuration in compare's group order
 * @param cka      linear CKA, (N+1) × (N+1), observer last
 * @param svcca    SVCCA mean canonical correlation, same layout
 * @param ckaInitial   the same CKA for the runs' networks at the start of training (their step-0 checkpoints; NaN
 *                     for a run without one), the baseline the inputs alone produce
 * @param svccaInitial the same for SVCCA
 * @param mds      classical MDS of 1 − CKA in two dimensions, same order
 */
public record SimilarityResult(int blocks, long seed, int samples, int steps, List<Network> networks,
                               double[][] cka, double[][] svcca, double[][] ckaInitial, double[][] svccaInitial,
                               ClassicalMds.Embedding mds) {

    /** Name and group of the Bayesian observer's row. */
    public static final String OBSERVER = "bayesian_observer";

    public SimilarityResult {
        networks = List.copyOf(networks);
        int m = networks.size() + 1;
        if (cka.length != m || svcca.length != m || ckaInitial.length != m || svccaInitial.length != m
                || mds.coordinates().length != m) {
            throw new IllegalArgumentException("similarity matrices must be " + m + " × " + m + " (networks and the"
                    + " observer) but are " + cka.length + ", " + svcca.length + " and " + mds.coordinates().length);
        }
    }

    /**
     * One compared network.
     *
     * @param name           the run's name in compare's table
     * @param group          its configuration's label (compare's group, seed excluded)
     * @param architecture   rnn, gru or lstm
     * @param hiddenSize     H
     * @param seed           the run's seed
     * @param checkpointStep gradient step of the checkpoint compared
     * @param svccaDims      dimensions of its hidden state explaining 99 % of its variance over the samples
     * @param ckaBlockBelief CKA between its hidden states and the observer's block belief alone (one dimension)
     * @param ckaBlockBeliefInitial the same at the start of training (NaN without a step-0 checkpoint)
     * @param common         its forced choices in the common session
     * @param closedLoop     its behaviour when it plays the analysis session itself ({@code --blocks}, {@code --seed})
     * @param topology       its fixed-point topology
     */
    public record Network(String name, String group, String architecture, int hiddenSize, long seed,
                          long checkpointStep, int svccaDims, double ckaBlockBelief, double ckaBlockBeliefInitial,
                          CommonBehaviour common,
                          AgentMetrics closedLoop, Topology topology) {
    }

    /**
     * A network's choices in the common session, read as the more probable side at each trial-end step (where the
     * Bayesian actor decided; the network's own threshold may not have been reached yet).
     *
     * @param accuracy           fraction of trials whose forced choice is the trial's side
     * @param agreementWithActor fraction of the actor's actions (timeouts excluded) with the same side
     * @param zeroConcordant     accuracy on zero-strength trials whose side is the block's
     * @param zeroDiscordant     the same on the others
     */
    public record CommonBehaviour(double accuracy, double agreementWithActor, double zeroConcordant,
                                  double zeroDiscordant) {
    }

    /** Row labels of the matrices: the networks' names, then {@link #OBSERVER}. */
    public List<String> labels() {
        List<String> l = new ArrayList<>(networks.stream().map(Network::name).toList());
        l.add(OBSERVER);
        return l;
    }

    /** Row groups of the matrices: the networks' configuration labels, then {@link #OBSERVER}. */
    public List<String> groups() {
        List<String> l = new ArrayList<>(networks.stream().map(Network::group).toList());
        l.add(OBSERVER);
        return l;
    }

    /** The distinct groups in order, the observer last. */
    public List<String> distinctGroups() {
        return groups().stream().distinct().toList();
    }

    /** Index of the observer's row. */
    public int observerIndex() {
        return networks.size();
    }

    /**
     * Mean of {@code matrix} over pairs of distinct rows i ≠ j with row i in group {@code a} and j in group {@code b}
     * (within a group when a equals b); NaN when there is no such pair.
     */
    public static double meanBetween(double[][] matrix, List<String> groups, String a, String b) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < groups.size(); i++) {
            for (int j = 0; j < groups.size(); j++) {
                if (i != j && groups.get(i).equals(a) && groups.get(j).equals(b) && Double.isFinite(matrix[i][j])) {
                    sum += matrix[i][j];
                    n++;
                }
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    /** Mean over pairs of networks (observer excluded) in the same group, or in different groups. */
    public double meanNetworkPairs(double[][] matrix, boolean sameGroup) {
        List<String> g = groups();
        double sum = 0;
        int n = 0;
        for (int i = 0; i < networks.size(); i++) {
            for (int j = i + 1; j < networks.size(); j++) {
                if (g.get(i).equals(g.get(j)) == sameGroup && Double.isFinite(matrix[i][j])) {
                    sum += matrix[i][j];
                    n++;
                }
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
