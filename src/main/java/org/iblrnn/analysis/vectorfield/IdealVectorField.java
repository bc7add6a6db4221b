package org.iblrnn.analysis.vectorfield;

import java.util.ArrayList;
import java.util.List;
import org.iblrnn.analysis.fixedpoint.ConditionFixedPoints;
import org.iblrnn.analysis.fixedpoint.FixedPointResults;
import org.iblrnn.analysis.fixedpoint.InputCondition;
import org.iblrnn.analysis.fixedpoint.StateGrid;

/**
 * The model's one-step flow from each grid state under one constant input (VF1): arrows from PCA(h₀) to
 * PCA(F(x₀))_h, where x₀ is the grid point as a full state (for an lstm the cell state is lifted from h by the
 * regression of {@link org.iblrnn.analysis.fixedpoint.StateLift}) and the arrow head projects the h part of the next
 * state.
 *
 * @param condition     the input
 * @param origins       arrow tails (grid PCA points), row-major k × 2
 * @param displacements PCA(F(h₀)) − PCA(h₀), row-major k × 2
 * @param residual      the fixed-point descent residual started from each grid state — the original's arrow
 *                      colour (QUIRK: not the arrow's length)
 * @param stepNorm      ‖F(x₀) − x₀‖ in the full state (the honest "state velocity")
 */
public record IdealVectorField(InputCondition condition, double[] origins, double[] displacements, double[] residual,
                               double[] stepNorm) {

    /** Number of arrows. */
    public int size() {
        return residual.length;
    }

    /** One field per searched condition, from the fixed-point search's one-step images. */
    public static List<IdealVectorField> of(FixedPointResults results) {
        StateGrid grid = results.grid();
        int h = grid.stateSize();
        List<IdealVectorField> out = new ArrayList<>();
        int m = grid.size();
        for (ConditionFixedPoints c : results.conditions()) {
            double[] d = new double[2 * m];
            double[] norm = new double[m];
            for (int i = 0; i < m; i++) {
                d[2 * i] = c.secondPca()[2 * i] - grid.pcaPoints()[2 * i];
                d[2 * i + 1] = c.secondPca()[2 * i + 1] - grid.pcaPoints()[2 * i + 1];
                double s = 0;
                for (int j = 0; j < h; j++) {
                    double e = c.secondStates()[i * h + j] - grid.states()[i * h + j];
                    s += e * e;
                }
                norm[i] = Math.sqrt(s);
            }
            out.add(new IdealVectorField(c.condition(), grid.pcaPoints(), d, java.util.Arrays.copyOf(c.residual(), m),
                    norm));
        }
        return List.copyOf(out);
    }
}
