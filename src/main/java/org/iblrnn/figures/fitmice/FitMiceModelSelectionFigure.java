package org.iblrnn.figures.fitmice;

import java.util.Optional;
import org.iblrnn.figures.plot.BarPlot;
import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Grid;
import org.iblrnn.figures.plot.HouseStyle;
import org.iblrnn.fitmice.group.BayesianModelSelection;
import org.iblrnn.fitmice.group.FitMiceResults;

/**
 * Random-effects Bayesian model selection: the expected frequency of each model among mice with the posterior's
 * standard deviation (Dirichlet: √(α_k(α₀ − α_k)/(α₀²(α₀ + 1))), α₀ = Σα), and the exceedance probability that each
 * model is the most frequent.
 */
final class FitMiceModelSelectionFigure extends FitMiceFigureBase {

    FitMiceModelSelectionFigure() {
        super("fit_mice_model_selection", "Bayesian model selection over mice",
                "How often does each model best describe a mouse, and how sure is the group that one model is the most"
                        + " frequent?");
    }

    @Override
    Optional<String> skipReason(FitMiceResults data) {
        return data.models().size() < 2 ? Optional.of("only one model was fitted") : Optional.empty();
    }

    @Override
    public Drawable render(FitMiceResults data) {
        BayesianModelSelection.Result bms = data.statistics().bms();
        int k = data.models().size();
        double total = 0;
        for (double a : bms.alpha()) {
            total += a;
        }
        double[] sd = new double[k];
        for (int j = 0; j < k; j++) {
            double a = bms.alpha()[j];
            sd[j] = Math.sqrt(a * (total - a) / (total * total * (total + 1)));
        }
        String[] labels = ModelLabels.labels(data.models());
        BarPlot freq = new BarPlot(labels).add(bms.expectedFrequency(), sd, HouseStyle.TAB_BLUE, null)
                .yLabel("Expected model frequency").yLim(0, 1).title("Model frequency", HouseStyle.FONT_SIZE);
        BarPlot xp = new BarPlot(labels).add(bms.exceedance(), HouseStyle.TAB_PURPLE, null)
                .yLabel("Exceedance probability").yLim(0, 1).title("Exceedance probability", HouseStyle.FONT_SIZE);
        // one above the other, so each model's name has a whole column's width (side by side, nine names touched)
        return new Grid(2, 1).set(0, 0, freq).set(1, 0, xp).size(Math.max(6, 1.1 * k + 1.5), 6.4);
    }
}
