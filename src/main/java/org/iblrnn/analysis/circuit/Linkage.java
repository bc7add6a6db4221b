package org.iblrnn.analysis.circuit;

/** How the distance between two clusters is derived from the distances between their members. */
public enum Linkage {
    /** Largest member distance (the original's M1/M2 clustering: scipy {@code method='complete'}). */
    COMPLETE,
    /** Mean member distance (UPGMA). */
    AVERAGE,
    /** Smallest member distance. */
    SINGLE
}
