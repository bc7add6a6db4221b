package org.iblrnn.figures.fitmice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iblrnn.figures.plot.FigureRegistry;
import org.iblrnn.fitmice.group.FitMiceResults;

/** The fit-mice figures in report order, and which of them apply to a run. */
public final class FitMiceFigures {

    private FitMiceFigures() {
    }

    /**
     * The registry of the figures that apply to {@code data}; the others go into {@code skipped} (stem → why).
     */
    public static FigureRegistry<FitMiceResults> registry(FitMiceResults data, Map<String, String> skipped) {
        List<FitMiceFigure> all = new ArrayList<>(List.of(new NllDifferenceFigure(), new ModelSelectionFigure(),
                new ActionKernelDecayFigure(), new PsychometricByBlockFigure()));
        int pages = PsychometricPerMouseFigure.pages(data.mice().size());
        for (int p = 0; p < pages; p++) {
            all.add(new PsychometricPerMouseFigure(p, pages));
        }
        all.add(new LogitDynamicsFigure());
        FigureRegistry<FitMiceResults> registry = new FigureRegistry<>();
        for (FitMiceFigure f : all) {
            Optional<String> why = f.skipReason(data);
            if (why.isPresent()) {
                skipped.put(f.stem(), why.get());
            } else {
                registry.register(f);
            }
        }
        return registry;
    }
}
