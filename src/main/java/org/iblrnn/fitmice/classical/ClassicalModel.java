package org.iblrnn.fitmice.classical;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.iblrnn.fitmice.ChoiceModel;
import org.iblrnn.fitmice.ChoiceSession;
import org.iblrnn.task.Seeds;

/**
 * A choice model with a few interpretable parameters, fitted by maximum likelihood: the optimiser works on unbounded
 * coordinates (log for widths, logit for rates and lapses, see {@link FreeParameter.Transform}), so every point it
 * tries is a valid model, and it uses the exact gradient ({@link Bfgs}). Likelihood surfaces of history models can
 * have several optima (and plateaus where a parameter saturates, e.g. lapses summing to 1), so the fit starts from
 * the model's default point and then from random points drawn from the seed, up to {@code starts} in all, and keeps
 * the best; it stops early once a second start reaches the best value found so far (within a relative 10⁻⁸), since
 * two starts agreeing on the optimum is what the extra starts are for. The result depends on the seed only, never on
 * threads.
 */
public abstract class ClassicalModel implements ChoiceModel {

    /** Starting points per fit unless a model says otherwise. */
    public static final int DEFAULT_STARTS = 3;

    private static final Bfgs OPTIMISER = new Bfgs(1e-4, 1e-11, 500);
    /** Two starts whose optima differ by less than this (relative) have found the same optimum. */
    private static final double AGREEMENT = 1e-8;

    private final String name;
    private final List<FreeParameter> parameters;
    private final int starts;

    ClassicalModel(String name, List<FreeParameter> parameters, int starts) {
        if (starts < 1) {
            throw new IllegalArgumentException(name + " needs at least one start but got " + starts);
        }
        this.name = name;
        this.parameters = List.copyOf(parameters);
        this.starts = starts;
    }

    /** The likelihood of one set of sessions, prepared for many evaluations (θ in natural units). */
    interface Likelihood {

        /** Negative log-likelihood of the responded trials; writes ∂/∂θ into {@code gradient} unless it is null. */
        double negLogLikelihood(double[] theta, double[] gradient);

        /** P(right) of every trial. */
        double[] pRight(double[] theta);

        /** P(right) of every trial with its contrast set to zero, the history unchanged. */
        double[] pRightAtZeroContrast(double[] theta);
    }

    /** Prepares the likelihood of {@code trials}. */
    abstract Likelihood likelihood(TrialTable trials);

    @Override
    public final String name() {
        return name;
    }

    List<FreeParameter> parameters() {
        return parameters;
    }

    @Override
    public Fitted fit(List<ChoiceSession> train, long seed) {
        TrialTable table = TrialTable.of(train);
        if (table.responded() == 0) {
            throw new IllegalArgumentException(name + " needs training sessions with at least one response");
        }
        return new FittedClassical(fitTheta(likelihood(table), seed));
    }

    /** The maximum-likelihood θ over the starts. */
    double[] fitTheta(Likelihood lik, long seed) {
        int k = parameters.size();
        SplittableRandom rng = Seeds.forAnalysis(seed, "classical-starts-" + name);
        double[] best = null;
        double bestValue = Double.POSITIVE_INFINITY;
        double[] theta = new double[k];
        double[] gTheta = new double[k];
        Bfgs.Objective objective = (phi, gradient) -> {
            toTheta(phi, theta);
            double v = lik.negLogLikelihood(theta, gTheta);
            for (int i = 0; i < k; i++) {
                gradient[i] = gTheta[i] * parameters.get(i).transform().derivative(theta[i]);
            }
            return v;
        };
        boolean confirmed = false;
        for (int s = 0; s < starts && !confirmed; s++) {
            double[] phi0 = new double[k];
            for (int i = 0; i < k; i++) {
                FreeParameter p = parameters.get(i);
                if (s == 0) {
                    phi0[i] = p.transform().inverse(p.start());
                } else {
                    double lo = p.transform().inverse(p.randomLow());
                    double hi = p.transform().inverse(p.randomHigh());
                    phi0[i] = lo + (hi - lo) * rng.nextDouble();
                }
            }
            Bfgs.Result r = OPTIMISER.minimize(objective, phi0);
            confirmed = s > 0 && Math.abs(r.value() - bestValue) <= AGREEMENT * (1.0 + Math.abs(bestValue));
            if (r.value() < bestValue) {
                bestValue = r.value();
                best = r.x();
            }
        }
        double[] out = new double[k];
        toTheta(best, out);
        return out;
    }

    private void toTheta(double[] phi, double[] theta) {
        for (int i = 0; i < phi.length; i++) {
            theta[i] = parameters.get(i).transform().apply(phi[i]);
        }
    }

    /** A fitted classical model: θ and the model that interprets it. Thread-safe (no state besides θ). */
    final class FittedClassical implements Fitted {

        private final double[] theta;

        FittedClassical(double[] theta) {
            this.theta = theta.clone();
        }

        double[] theta() {
            return theta.clone();
        }

        @Override
        public double[] pRight(ChoiceSession session) {
            return likelihood(TrialTable.of(List.of(session))).pRight(theta);
        }

        @Override
        public Optional<double[]> pRightAtZeroContrast(ChoiceSession session) {
            return Optional.of(likelihood(TrialTable.of(List.of(session))).pRightAtZeroContrast(theta));
        }

        @Override
        public Map<String, Double> params() {
            Map<String, Double> out = new LinkedHashMap<>();
            for (int i = 0; i < theta.length; i++) {
                out.put(parameters.get(i).name(), theta[i]);
            }
            return out;
        }
    }
}
