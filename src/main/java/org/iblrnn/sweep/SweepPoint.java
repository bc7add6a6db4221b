package org.iblrnn.sweep;

import java.util.List;

/**
 * One configuration of a sweep.
 *
 * @param index     position in the grid's expansion order (also the SLURM array index)
 * @param overrides this configuration's {@code key=value} assignments, in axis order (seed last)
 * @param dirName   the run directory's name inside the sweep folder, derived only from the overrides
 */
public record SweepPoint(int index, List<String> overrides, String dirName) {

    public SweepPoint {
        overrides = List.copyOf(overrides);
    }
}
