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
        List<FitMiceFigureBase> all = new ArrayList<>(List.of(new FitMiceNllDifferenceFigure(), new FitMiceModelSelectionFigure(),
                new FitMiceActionKernelDecayFigure(), new FitMicePsychometricByBlockFigure()));
        int pages = FitMicePsychometricPerMouseFigure.pages(data.mice().size());
        for (int p = 0; p < pages; p++) {
            all.add(new FitMicePsychometricPerMouseFigure(p, pages));
        }
        all.add(new FitMiceGruDynamicsFigure());
        FigureRegistry<FitMiceResults> registry = new FigureRegistry<>();
        for (FitMiceFigureBase f : all) {
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
