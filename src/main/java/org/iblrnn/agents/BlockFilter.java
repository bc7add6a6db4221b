package org.iblrnn.agents;

import org.iblrnn.config.TaskConfig;

/**
 * The across-trial part of the generative model: a two-state Markov chain over blocks with switch probability
 * h = {@code trials_per_block_param} and emission P(side | block) = {@code block_side_probs[block][side]}. The
 * observers approximate the environment's truncated-geometric alternating blocks by this chain, as the original does.
 *
 * <p>All methods work on 2-vectors indexed 0 = left, 1 = right and write into caller-supplied arrays.
 */
public final class BlockFilter {

    private final double h;
    private final double[][] emission;

    /** @param task supplies h and the emission matrix */
    public BlockFilter(TaskConfig task) {
        double[][] e = task.blockSideProbs();
        if (e == null || e.length != 2 || e[0].length != 2 || e[1].length != 2) {
            throw new IllegalArgumentException("block_side_probs in TaskConfig must be 2×2 [block][side], got "
                    + java.util.Arrays.deepToString(e));
        }
        double p = task.trialsPerBlockParam();
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("trials_per_block_param in TaskConfig must be in [0, 1], got " + p);
        }
        this.h = p;
        this.emission = new double[][]{e[0].clone(), e[1].clone()};
    }

    /** out = T·alpha, the predicted block distribution of the next trial (out may alias alpha). */
    public void predict(double[] alpha, double[] out) {
        double l = (1 - h) * alpha[0] + h * alpha[1];
        double r = h * alpha[0] + (1 - h) * alpha[1];
        out[0] = l;
        out[1] = r;
    }

    /**
     * One forward-filter step given a known trial side: out ∝ E[·, side] ⊙ (first ? alpha : T·alpha).
     * {@code first} marks the session's first trial, whose block prior is alpha itself (no transition).
     */
    public void update(double[] alpha, int side, boolean first, double[] out) {
        double[] sideLikelihood = {emission[0][side], emission[1][side]};
        updateWithLikelihood(alpha, sideLikelihood, first, out);
    }

    /**
     * A forward-filter step with a soft observation: out ∝ blockLikelihood ⊙ (first ? alpha : T·alpha), where
     * blockLikelihood[b] is P(evidence | block b).
     */
    public void updateWithLikelihood(double[] alpha, double[] blockLikelihood, boolean first, double[] out) {
        double a0 = alpha[0];
        double a1 = alpha[1];
        if (!first) {
            double p0 = (1 - h) * a0 + h * a1;
            a1 = h * a0 + (1 - h) * a1;
            a0 = p0;
        }
        double j0 = blockLikelihood[0] * a0;
        double j1 = blockLikelihood[1] * a1;
        double z = j0 + j1;
        if (!(z > 0)) {
            throw new IllegalStateException("block posterior has zero mass: evidence " + blockLikelihood[0] + ", "
                    + blockLikelihood[1] + " is impossible under block prior " + a0 + ", " + a1);
        }
        out[0] = j0 / z;
        out[1] = j1 / z;
    }

    /** P(next trial's side = right) = Σ_b blockDist[b]·P(right | b) for a given block distribution. */
    public double sidePriorRight(double[] blockDist) {
        return blockDist[0] * emission[0][1] + blockDist[1] * emission[1][1];
    }
}
