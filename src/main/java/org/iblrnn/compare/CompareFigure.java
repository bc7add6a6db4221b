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
}
