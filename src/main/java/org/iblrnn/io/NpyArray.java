package org.iblrnn.io;

import java.util.Arrays;

/**
 * One array of an .npz file: a dtype, a C-order shape and the flat values in a primitive array matching the dtype
 * ({@code double[]}, {@code long[]}, {@code int[]} or {@code boolean[]}). Primitive storage keeps session tables of
 * millions of steps compact.
 */
public final class NpyArray {

    private final NpyDtype dtype;
    private final int[] shape;
    private final Object data;

    public NpyArray(NpyDtype dtype, int[] shape, Object data) {
        int length = switch (dtype) {
            case FLOAT64 -> data instanceof double[] d ? d.length : -1;
            case INT64 -> data instanceof long[] d ? d.length : -1;
            case INT32 -> data instanceof int[] d ? d.length : -1;
            case BOOL -> data instanceof boolean[] d ? d.length : -1;
        };
        if (length < 0) {
            throw new IllegalArgumentException("dtype " + dtype + " needs a " + javaType(dtype) + " but got "
                    + (data == null ? "null" : data.getClass().getSimpleName()));
        }
        long n = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            }
            n *= d;
        }
        if (n != length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + n + " values but "
                    + length + " were given");
        }
        this.dtype = dtype;
        this.shape = shape.clone();
        this.data = data;
    }

    private static String javaType(NpyDtype d) {
        return switch (d) {
            case FLOAT64 -> "double[]";
            case INT64 -> "long[]";
            case INT32 -> "int[]";
            case BOOL -> "boolean[]";
        };
    }

    public static NpyArray of(double[] v) {
        return new NpyArray(NpyDtype.FLOAT64, new int[]{v.length}, v);
    }

    public static NpyArray of(long[] v) {
        return new NpyArray(NpyDtype.INT64, new int[]{v.length}, v);
    }

    public static NpyArray of(int[] v) {
        return new NpyArray(NpyDtype.INT32, new int[]{v.length}, v);
    }

    public static NpyArray of(boolean[] v) {
        return new NpyArray(NpyDtype.BOOL, new int[]{v.length}, v);
    }

    public static NpyArray of(double[][] m) {
        int cols = columns(m.length, m.length == 0 ? 0 : m[0].length);
        double[] flat = new double[m.length * cols];
        for (int i = 0; i < m.length; i++) {
            checkRow(i, m[i].length, cols);
            System.arraycopy(m[i], 0, flat, i * cols, cols);
        }
        return new NpyArray(NpyDtype.FLOAT64, new int[]{m.length, cols}, flat);
    }

    public static NpyArray of(long[][] m) {
        int cols = columns(m.length, m.length == 0 ? 0 : m[0].length);
        long[] flat = new long[m.length * cols];
        for (int i = 0; i < m.length; i++) {
            checkRow(i, m[i].length, cols);
            System.arraycopy(m[i], 0, flat, i * cols, cols);
        }
        return new NpyArray(NpyDtype.INT64, new int[]{m.length, cols}, flat);
    }

    public static NpyArray of(int[][] m) {
        int cols = columns(m.length, m.length == 0 ? 0 : m[0].length);
        int[] flat = new int[m.length * cols];
        for (int i = 0; i < m.length; i++) {
            checkRow(i, m[i].length, cols);
            System.arraycopy(m[i], 0, flat, i * cols, cols);
        }
        return new NpyArray(NpyDtype.INT32, new int[]{m.length, cols}, flat);
    }

    public static NpyArray of(boolean[][] m) {
        int cols = columns(m.length, m.length == 0 ? 0 : m[0].length);
        boolean[] flat = new boolean[m.length * cols];
        for (int i = 0; i < m.length; i++) {
            checkRow(i, m[i].length, cols);
            System.arraycopy(m[i], 0, flat, i * cols, cols);
        }
        return new NpyArray(NpyDtype.BOOL, new int[]{m.length, cols}, flat);
    }

    private static int columns(int rows, int cols) {
        if ((long) rows * cols > Integer.MAX_VALUE - 64) {
            throw new IllegalArgumentException("array of " + rows + "x" + cols + " is too large for one .npy entry");
        }
        return cols;
    }

    private static void checkRow(int i, int length, int cols) {
        if (length != cols) {
            throw new IllegalArgumentException("row " + i + " has " + length + " columns, row 0 has " + cols
                    + " (a 2-D array must be rectangular)");
        }
    }

    public NpyDtype dtype() {
        return dtype;
    }

    public int[] shape() {
        return shape.clone();
    }

    public int size() {
        return java.lang.reflect.Array.getLength(data);
    }

    /** The flat float64 values; throws if the dtype is not float64. */
    public double[] doubles() {
        return (double[]) as(NpyDtype.FLOAT64);
    }

    public long[] longs() {
        return (long[]) as(NpyDtype.INT64);
    }

    public int[] ints() {
        return (int[]) as(NpyDtype.INT32);
    }

    public boolean[] booleans() {
        return (boolean[]) as(NpyDtype.BOOL);
    }

    /** The flat values as they are stored (double[], long[], int[] or boolean[]); not a copy. */
    Object rawData() {
        return data;
    }

    private Object as(NpyDtype wanted) {
        if (dtype != wanted) {
            throw new IllegalStateException("array has dtype " + dtype.descr + ", not " + wanted.descr);
        }
        return data;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NpyArray a && dtype == a.dtype && Arrays.equals(shape, a.shape)
                && Arrays.deepEquals(new Object[]{data}, new Object[]{a.data});
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[]{dtype, shape, data});
    }

    @Override
    public String toString() {
        return "NpyArray[" + dtype.descr + ", shape=" + Arrays.toString(shape) + "]";
    }
}
