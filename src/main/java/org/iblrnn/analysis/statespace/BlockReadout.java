package org.iblrnn.analysis.statespace;

/**
 * The block readout: logistic regressions without intercept of the block side on the full
 * hidden states and on their 2-D PCA scores, fitted on the same random 67 % of all rows and scored on the other 33 %.
 * Only the PCA fit defines the block direction used downstream.
 *
 * @param fullFit              fit on the H-dimensional states
 * @param pcaFit               fit on the PCA scores
 * @param accuracyFull         test accuracy of {@code fullFit} (mean of y == round(p̂))
 * @param accuracyPca          test accuracy of {@code pcaFit}
 * @param pcaBlockVector       the PCA fit's coefficients normalised (2): the "right block" direction in the plane
 * @param blockVector          the PCA inverse transform of {@code pcaBlockVector} (the mean is added — QUIRK),
 *                             normalised (H)
 * @param angleDegreesPca      angle between the PCA-plane block and trial readout vectors
 * @param angleDegreesFull     angle between {@code blockVector} and the unit right-action readout
 * @param classifierBlockSide  2·p̂(right block) − 1 of the PCA fit on every row
 * @param testRows             number of held-out rows
 */
public record BlockReadout(LogisticFit fullFit, LogisticFit pcaFit, double accuracyFull, double accuracyPca,
                           double[] pcaBlockVector, double[] blockVector, double angleDegreesPca,
                           double angleDegreesFull, double[] classifierBlockSide, int testRows) {
}
