package org.iblrnn.figures.plot;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders every registered figure to {@code <dir>/<stem>.png}. A figure that fails (in its render method or while
 * drawing) is logged and reported as failed; the remaining figures still render.
 */
public final class FigureRenderer<C> {

    private static final Logger LOG = LoggerFactory.getLogger(FigureRenderer.class);

    private final double dpi;

    /** A renderer at 300 dpi. */
    public FigureRenderer() {
        this(HouseStyle.DPI);
    }

    public FigureRenderer(double dpi) {
        if (!(dpi > 0)) {
            throw new IllegalArgumentException("dpi must be positive but was " + dpi);
        }
        this.dpi = dpi;
    }

    /** Renders all figures of {@code registry} from {@code context} into {@code dir}, in order. */
    public List<FigureOutcome> renderAll(FigureRegistry<C> registry, C context, Path dir) {
        List<FigureOutcome> outcomes = new ArrayList<>();
        for (Figure<C> f : registry.figures()) {
            long t0 = System.nanoTime();
            Path file = dir.resolve(f.stem() + ".png");
            try {
                Drawable d = f.render(context);
                if (d == null) {
                    throw new IllegalStateException("figure " + f.stem() + " returned no drawable");
                }
                PngWriter.write(d, file, dpi);
                double s = (System.nanoTime() - t0) / 1e9;
                LOG.info("figure {} written in {} s", f.stem(), String.format("%.2f", s));
                outcomes.add(new FigureOutcome(f.stem(), true, null, s, file, d));
            } catch (Exception | LinkageError | AssertionError e) {
                if (org.iblrnn.io.IoErrors.diskFullIn(e)) {
                    // every later figure would fail the same way: stop with one clear error
                    java.io.IOException io = e instanceof java.io.IOException x ? x : new java.io.IOException(e);
                    throw new java.io.UncheckedIOException(org.iblrnn.io.IoErrors.writing(file, io), io);
                }
                double s = (System.nanoTime() - t0) / 1e9;
                String msg = e.getClass().getSimpleName() + ": " + e.getMessage();
                if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
                    // an expected, explained failure (e.g. a product that does not apply to this model)
                    LOG.warn("figure {} failed: {}", f.stem(), msg);
                    LOG.debug("figure {} failure", f.stem(), e);
                } else {
                    LOG.warn("figure {} failed: {}", f.stem(), msg, e);
                }
                outcomes.add(new FigureOutcome(f.stem(), false, msg, s, null, null));
            }
        }
        return outcomes;
    }
}
