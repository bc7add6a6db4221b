package org.iblrnn.figures.fitmice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.iblrnn.figures.plot.FigureOutcome;
import org.iblrnn.figures.plot.LayoutCheck;
import org.iblrnn.fitmice.SyntheticTask;
import org.iblrnn.fitmice.run.ChoiceModels;
import org.iblrnn.fitmice.run.FitMice;
import org.iblrnn.fitmice.run.FitMiceOptions;
import org.iblrnn.fitmice.run.FitMiceReport;
import org.iblrnn.fitmice.run.FitPlan;
import org.iblrnn.fitmice.run.LocalFits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fit-mice figure, the GRU dynamics included, is drawn from a real (small) fit and passes the same layout
 * check as the paper's figures: nothing touches the outer frame, no text leaves the canvas or overlaps another.
 */
class FitMiceFiguresLayoutTest {

    private static final double DPI = 100;

    @Test
    void everyFigureIsDrawnWithinItsCanvasAndWithoutOverlappingText(@TempDir Path tmp) throws Exception {
        Path mice = tmp.resolve("mice");
        Files.createDirectories(mice);
        for (int i = 0; i < 3; i++) {
            SyntheticTask.writeCsv(mice.resolve("mouse" + i + ".csv"),
                    SyntheticTask.sessions(4, 120, 40 + i, SyntheticTask::repeater));
        }
        FitMiceOptions options = new FitMiceOptions(List.of(mice), tmp.resolve("out"),
                List.of("bayes_optimal", "action_kernel", "stimulus_kernel", "tiny_gru_1", "tiny_gru_2"), 2, 1, Optional.empty(), 2,
                false, DPI);
        FitPlan plan = FitPlan.make(options, ChoiceModels.standard());
        LocalFits.run(plan, (task, result, seconds) -> { });
        FitMiceReport.Written written = FitMice.summarise(FitPlan.make(options, ChoiceModels.standard()));

        assertThat(written.skipped()).as("figures left out").isEmpty();
        assertThat(written.figures()).extracting(FigureOutcome::stem).contains("fit_mice_nll_difference",
                "fit_mice_model_selection", "fit_mice_action_kernel_decay", "fit_mice_psychometric_by_block",
                "fit_mice_gru_dynamics");
        for (FigureOutcome o : written.figures()) {
            assertThat(o.ok()).as(o.stem() + ": " + o.message()).isTrue();
            assertThat(LayoutCheck.problems(o.drawable(), DPI)).as(o.stem() + " layout").isEmpty();
        }
    }
}
