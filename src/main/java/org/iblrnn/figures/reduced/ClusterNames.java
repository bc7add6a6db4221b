package org.iblrnn.figures.reduced;

import java.util.List;

/** Display names of the readout-loading groups of M4/M5 in the original's wording. */
final class ClusterNames {

    /** In {@link org.iblrnn.analysis.circuit.ClusterAverages#NAMES} order: Block+, Block-, Stim+, Stim-, Remainder. */
    static final List<String> LONG = List.of("Stim: 0, Block: +", "Stim: 0, Block: -", "Stim: +, Block: 0",
            "Stim: -, Block: 0", "Remainder");

    private ClusterNames() {
    }
}
