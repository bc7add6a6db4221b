package org.iblrnn.figures.plot;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** Deterministic demo figures of every plot kind, shaped like the original's figures; shared by tests. */
final class Demos {

    private Demos() {
    }

    static double[] contrasts() {
        return new double[] {-2.5, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5};
    }

    /** Like behav_prob_correct_by_strength_concordant: four curves, dashed/solid, markers, SEM bands. */
    static LinePlot line() {
        double[] x = contrasts();
        double[] conc = new double[x.length];
        double[] disc = new double[x.length];
        double[] bConc = new double[x.length];
        double[] bDisc = new double[x.length];
        double[] sem = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double a = Math.abs(x[i]);
            conc[i] = 1 - 0.28 * Math.exp(-a * 1.3);
            bConc[i] = 1 - 0.2 * Math.exp(-a * 1.6);
            disc[i] = 0.27 + 0.66 * (1 - Math.exp(-a * 0.8));
            bDisc[i] = 0.17 + 0.72 * (1 - Math.exp(-a * 0.6));
            sem[i] = 0.015;
        }
        return new LinePlot().size(4, 3).xLabel("Signed Stimulus Contrast").yLabel("# Correct / # Trials")
                .add(Line.of(x, disc).label("RNN Discordant").color(HouseStyle.RIGHT).dashed().marker(6).sem(sem))
                .add(Line.of(x, conc).label("RNN Concordant").color(HouseStyle.RIGHT).marker(6).sem(sem))
                .add(Line.of(x, bDisc).label("Bayesian Actor Discordant").color(HouseStyle.IDEAL_CORRECT)
                        .dashed().marker(6).sem(sem))
                .add(Line.of(x, bConc).label("Bayesian Actor Concordant").color(HouseStyle.IDEAL_CORRECT)
                        .marker(6).sem(sem))
                .legend().legendMarkerScale(0.1);
    }

    /** Left vs right psychometric curves with error bars and a chance line. */
    static LinePlot leftRight() {
        double[] x = contrasts();
        double[] l = new double[x.length];
        double[] r = new double[x.length];
        double[] e = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            l[i] = 1 / (1 + Math.exp(-2 * (x[i] - 0.3)));
            r[i] = 1 / (1 + Math.exp(-2 * (x[i] + 0.3)));
            e[i] = 0.03;
        }
        return new LinePlot().size(4, 3).xLabel("Signed Stimulus Contrast").yLabel("# Right / # Trials")
                .add(Line.of(x, l).label("Left Block").color(HouseStyle.LEFT).marker(3).errorBars(e))
                .add(Line.of(x, r).label("Right Block").color(HouseStyle.RIGHT).marker(3).errorBars(e))
                .hLine(0.5, Color.BLACK, HouseStyle.dashed(1f)).vLine(0, Color.BLACK, HouseStyle.dashed(1f))
                .legend(LegendLocation.UPPER_LEFT);
    }

    /** Trajectories coloured by time with boundary lines and rotated labels (state_space_trajectories). */
    static LinePlot trajectories(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        LinePlot p = new LinePlot().xLabel("PC #1").yLabel("PC #2");
        for (int k = 0; k < 6; k++) {
            int n = 8;
            double[] x = new double[n];
            double[] y = new double[n];
            Color[] c = new Color[n];
            x[0] = rng.nextDouble(-4, 2);
            y[0] = rng.nextDouble(-2, 2);
            for (int i = 1; i < n; i++) {
                x[i] = x[i - 1] + rng.nextDouble(-1.5, 1.5);
                y[i] = -0.5 * x[i] + rng.nextDouble(-1, 1);
            }
            for (int i = 0; i < n; i++) {
                c[i] = ColorMap.JET.at((k * n + i) / 48.0);
            }
            p.add(Line.of(x, y).pointColors(c).marker(2));
        }
        p.axLine(0, 0, 1, 2, HouseStyle.STIM_READOUT, HouseStyle.solid(1.5f), "Stim Boundary", 10)
                .axLine(0, 0, 1, -1.2, HouseStyle.STIM_READOUT, HouseStyle.solid(1.5f), "Block Boundary", 10)
                .text(3.5, 3.5, "h_{t} near o^{R}", HouseStyle.STIM_READOUT, 10, 0, TextAnchor.TOP_RIGHT)
                .xLim(-4.6, 4.6).yLim(-3.8, 3.8);
        return p;
    }

    /** Category scatter with a legend plus a value-coloured layer and a colour bar. */
    static ScatterPlot scatter(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 300;
        double[] xl = new double[n];
        double[] yl = new double[n];
        double[] xr = new double[n];
        double[] yr = new double[n];
        for (int i = 0; i < n; i++) {
            xl[i] = -2 + gauss(rng);
            yl[i] = 1 + 0.6 * gauss(rng);
            xr[i] = 2 + gauss(rng);
            yr[i] = -1 + 0.6 * gauss(rng);
        }
        return new ScatterPlot().size(4, 3).xLabel("PC #1").yLabel("PC #2").title("Trials by Classifier")
                .add(xl, yl, HouseStyle.LEFT, 3, 0.5, "Left Block")
                .add(xr, yr, HouseStyle.RIGHT, 3, 0.5, "Right Block")
                .hLine(0, Color.BLACK, HouseStyle.solid(0.8f)).vLine(0, Color.BLACK, HouseStyle.solid(0.8f))
                .legend().legendMarkerScale(2);
    }

    static double gauss(SplittableRandom rng) {
        double u = rng.nextDouble();
        double v = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }

    /** A rotational flow field on a grid, coloured by speed. */
    static QuiverPlot quiver(double strength) {
        int n = 12;
        double[] x = new double[n * n];
        double[] y = new double[n * n];
        double[] u = new double[n * n];
        double[] v = new double[n * n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                x[k] = -3 + 6.0 * i / (n - 1);
                y[k] = -3 + 6.0 * j / (n - 1);
                u[k] = strength * (-0.3 * x[k] - 0.15 * y[k]);
                v[k] = strength * (0.15 * x[k] - 0.1 * y[k]);
                k++;
            }
        }
        return new QuiverPlot().size(4, 3).xLabel("PC #1").yLabel("PC #2").arrows(x, y, u, v)
                .colorBarLabel("state velocity (a.u.)").aspect(PlotBase.Aspect.EQUAL_DATALIM);
    }

    /** Correlation-like block matrix, RdBu_r centred at 0, square cells (model_effective_circuit). */
    static HeatmapPlot heatmap(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 50;
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                boolean same = (i < 23) == (j < 23);
                double base = i >= 46 || j >= 46 ? 0 : same ? 0.8 : -0.8;
                m[i][j] = Math.max(-1, Math.min(1, base + 0.15 * gauss(rng)));
            }
            m[i][i] = 1;
        }
        return new HeatmapPlot(m).size(4, 3).colorMap(ColorMap.RDBU_R).limits(-1, 1).center(0)
                .colorBarLabel("Correlation").colorBarShrink(0.5).aspect(PlotBase.Aspect.EQUAL_BOX)
                .title("Hidden Unit - Hidden Unit Correlations").xLabel("Hidden Unit Number")
                .yLabel("Hidden Unit Number");
    }

    /** Two overlaid histograms (task_stimuli_by_block_side). */
    static Histogram histogram(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 5000;
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = 1 + gauss(rng);
            b[i] = -1 + gauss(rng);
        }
        return new Histogram().size(4, 3).bins(50).xLabel("Stimulus Value").title("Left Block")
                .add(a, HouseStyle.LEFT, 0.5, "Left Stimulus").add(b, HouseStyle.RIGHT, 0.5, "Right Stimulus")
                .legend(LegendLocation.UPPER_RIGHT);
    }

    /** Grouped bars with error bars. */
    static BarPlot bars() {
        return new BarPlot("RNN", "RADD", "Distilled", "2-unit").groups(2).size(4, 3).yLabel("Reward Rate")
                .add(new double[] {0.86, 0.84, 0.80, 0.70}, new double[] {0.01, 0.015, 0.02, 0.03},
                        HouseStyle.LEFT, "Left Block")
                .add(new double[] {0.87, 0.83, 0.79, 0.72}, new double[] {0.01, 0.015, 0.02, 0.03},
                        HouseStyle.RIGHT, "Right Block")
                .hLine(0.5).legend(LegendLocation.UPPER_RIGHT).yLim(0, 1);
    }

    /** 2×3 vector-field grid with shared axes, small titles, suptitle and one shared colour bar. */
    static Grid grid() {
        String[] titles = {"Left Stimulus", "Equal Stimulus", "Right Stimulus", "Negative Feedback",
            "No Stimulus", "Positive Feedback"};
        Grid g = new Grid(2, 3).size(8, 6).shareX().shareY().suptitle("Vector fields")
                .colorBar(new ColorBar(ColorMap.GNUPLOT2, 0, 1.45).label("state velocity (a.u.)"));
        for (int k = 0; k < 6; k++) {
            QuiverPlot q = quiver(0.5 + 0.3 * k).noColorBar().colorLimits(0, 1.45).title(titles[k], 8)
                    .xLabel("PC #1").yLabel("PC #2")
                    .axLine(0, 0, 1, 2, HouseStyle.STIM_READOUT, HouseStyle.solid(1.5f));
            g.set(k / 3, k % 3, q);
        }
        return g;
    }

    static Map<String, Drawable> all() {
        Map<String, Drawable> m = new LinkedHashMap<>();
        m.put("line_sem_bands", line());
        m.put("line_left_right_errorbars", leftRight());
        m.put("trajectories", trajectories(1));
        m.put("scatter_categories", scatter(2));
        m.put("quiver", quiver(1));
        m.put("heatmap_rdbu", heatmap(3));
        m.put("histogram", histogram(4));
        m.put("bars", bars());
        m.put("grid_vector_fields", grid());
        return m;
    }
}
