package org.iblrnn.math;

import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Deterministic parallel reductions over row ranges: rows are cut into fixed-size chunks whose partial results
 * are combined in chunk order, so sums do not depend on the number of threads.
 */
public final class RowChunks {

    /** Rows per chunk: large enough to amortise task overhead, small enough to balance two cores. */
    public static final int CHUNK = 8192;

    private RowChunks() {
    }

    /** Number of chunks covering {@code rows}. */
    public static int count(int rows) {
        return (rows + CHUNK - 1) / CHUNK;
    }

    /**
     * Computes one partial array per chunk in parallel and adds them elementwise in chunk order.
     *
     * @param rows    number of rows
     * @param length  length of every partial array
     * @param partial chunk index → partial result (length {@code length})
     * @return the elementwise sum
     */
    public static double[] sum(int rows, int length, IntFunction<double[]> partial) {
        int n = count(rows);
        double[][] parts = IntStream.range(0, n).parallel().mapToObj(partial).toArray(double[][]::new);
        double[] out = new double[length];
        for (double[] p : parts) {
            for (int i = 0; i < length; i++) {
                out[i] += p[i];
            }
        }
        return out;
    }

    /** First row of chunk {@code c}. */
    public static int start(int c) {
        return c * CHUNK;
    }

    /** One past the last row of chunk {@code c}. */
    public static int end(int c, int rows) {
        return Math.min(rows, (c + 1) * CHUNK);
    }
}
