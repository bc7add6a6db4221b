package org.iblrnn.analysis.statespace;

/**
 * The hidden states in task-aligned coordinates: z = s·Dᵀ for PCA scores s, where D has rows
 * (PCA trial readout, PCA block readout). z₀ is the coordinate along the stimulus direction, z₁ along the block
 * direction (generally not orthogonal).
 *
 * <p>The scalar magnitudes reproduce the original's QUIRK: {@code magnAlongBlock} = b·z and {@code magnAlongTrial}
 * = t·z (both mix the two task coordinates; ≈ z₁ and z₀ when t ≈ e₁ and b ≈ e₂).
 *
 * @param trialDirection PCA-plane trial (stimulus) readout, unit (2)
 * @param blockDirection PCA-plane block readout, unit (2)
 * @param coordinates    z, row-major rows × 2: (stimulus, block)
 * @param magnAlongTrial t·z per row
 * @param magnAlongBlock b·z per row
 */
public record TaskAlignedCoordinates(double[] trialDirection, double[] blockDirection, double[] coordinates,
                                     double[] magnAlongTrial, double[] magnAlongBlock) {

    /** Computes the coordinates of every PCA score. */
    public static TaskAlignedCoordinates of(PrincipalComponents pca, BlockReadout readout) {
        double[] t = pca.pcaTrialReadout().clone();
        double[] b = readout.pcaBlockVector().clone();
        int n = pca.rows();
        double[] z = new double[2 * n];
        double[] mt = new double[n];
        double[] mb = new double[n];
        for (int i = 0; i < n; i++) {
            double x = pca.x(i);
            double y = pca.y(i);
            double z0 = t[0] * x + t[1] * y;
            double z1 = b[0] * x + b[1] * y;
            z[2 * i] = z0;
            z[2 * i + 1] = z1;
            mt[i] = t[0] * z0 + t[1] * z1;
            mb[i] = b[0] * z0 + b[1] * z1;
        }
        return new TaskAlignedCoordinates(t, b, z, mt, mb);
    }

    /** Number of rows. */
    public int rows() {
        return magnAlongBlock.length;
    }

    /** z₀ (stimulus coordinate) of a row. */
    public double stimulus(int row) {
        return coordinates[2 * row];
    }

    /** z₁ (block coordinate) of a row. */
    public double block(int row) {
        return coordinates[2 * row + 1];
    }
}
