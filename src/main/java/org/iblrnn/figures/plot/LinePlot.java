package org.iblrnn.figures.plot;

/**
 * Line plots: curves with optional markers, mean ± SEM bands, error bars and dashes; also 2-D trajectories (add
 * lines with {@link Line#pointColors}). Series without a colour take matplotlib's default cycle.
 *
 * <pre>{@code
 * new LinePlot().size(4, 3).xLabel("Signed Stimulus Contrast").yLabel("# Correct / # Trials")
 *     .add(Line.of(x, y).label("RNN Concordant").color(HouseStyle.RIGHT).marker(6).sem(sem))
 *     .hLine(0.5).legend().legendMarkerScale(0.1);
 * }</pre>
 */
public final class LinePlot extends PlotBase<LinePlot> {

    @Override
    protected LinePlot self() {
        return this;
    }

    /** Adds a series. */
    public LinePlot add(Line line) {
        for (Artist a : line.artists(line.hasColor() ? null : nextAutoColor())) {
            add(a);
        }
        return this;
    }
}
