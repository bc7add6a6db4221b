package org.iblrnn.io;

/** The numpy dtypes our .npz files hold, with their .npy {@code descr} strings (little-endian). */
public enum NpyDtype {
    FLOAT64("<f8", 8), INT64("<i8", 8), INT32("<i4", 4), BOOL("|b1", 1);

    public final String descr;
    public final int itemSize;

    NpyDtype(String descr, int itemSize) {
        this.descr = descr;
        this.itemSize = itemSize;
    }

    /** The dtype with this descr, or null. */
    public static NpyDtype fromDescr(String descr) {
        for (NpyDtype d : values()) {
            if (d.descr.equals(descr)) {
                return d;
            }
        }
        return null;
    }
}
