package org.iblrnn.compare;

import java.util.Optional;
import org.iblrnn.figures.plot.Figure;

/**
 * A figure across runs. Unlike an analyze figure it may have nothing to show for the runs given (no run analysed,
 * one hidden size only, no event files); it then says why and is skipped rather than failed.
 */
public interface CompareFigure extends Figure<CompareData> {

    /** Why the figure cannot be drawn from {@code data}, or empty when it can. */
    Optional<String> skipReason(CompareData data);

    /**
     * Whether the figure was asked for at all (figures of an optional analysis, e.g. {@code --similarity}, are not
     * when it was not run); a figure not asked for is neither drawn nor reported as skipped, and an earlier PNG of it
     * in the output directory is removed.
     */
    default boolean requested(CompareData data) {
        return true;
    }
}
