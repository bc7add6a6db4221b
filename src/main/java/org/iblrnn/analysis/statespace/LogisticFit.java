package org.iblrnn.analysis.statespace;

/**
 * A logistic regression without intercept, P(y = 1 | x) = σ(x·β), with the diagnostics of its Newton fit.
 *
 * @param coefficients  β (input dimension)
 * @param iterations    Newton steps taken
 * @param converged     whether the largest coefficient change fell below {@code tolerance} within the step limit
 * @param logLikelihood Σ y log p + (1 − y) log(1 − p) on the training rows at β
 * @param maxGradient   largest |∂ logLikelihood / ∂β| at β (≈ 0 at the optimum)
 * @param tolerance     the coefficient-change tolerance used
 * @param trainingRows  number of rows fitted
 */
public record LogisticFit(double[] coefficients, int iterations, boolean converged, double logLikelihood,
                          double maxGradient, double tolerance, int trainingRows) {

    /** σ(x·β) for the row of {@code x} (row-major, {@code coefficients.length} columns) at {@code row}. */
    public double probability(double[] x, int row) {
        int p = coefficients.length;
        double eta = 0;
        for (int j = 0; j < p; j++) {
            eta += x[row * p + j] * coefficients[j];
        }
        return LogisticRegression.sigmoid(eta);
    }
}
