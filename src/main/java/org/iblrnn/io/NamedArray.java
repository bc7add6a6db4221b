package org.iblrnn.io;

import java.util.Arrays;

/**
 * A dense float64 tensor in C (row-major) order: the unit stored in checkpoints, shaped like the PyTorch tensor of the
 * same name so that a checkpoint loads into torch by {@code state_dict} name.
 *
 * @param shape dimensions, each ≥ 0 (empty for a scalar)
 * @param data  the values, {@code product(shape)} of them
 */
public record NamedArray(int[] shape, double[] data) {

    public NamedArray {
        long n = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            }
            n *= d;
        }
        if (n != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + n
                    + " values but " + data.length + " were given");
        }
    }

    public static NamedArray vector(double[] v) {
        return new NamedArray(new int[]{v.length}, v.clone());
    }

    /** A rows × cols tensor from a rectangular matrix. */
    public static NamedArray matrix(double[][] m) {
        int cols = m.length == 0 ? 0 : m[0].length;
        double[] flat = new double[m.length * cols];
        for (int i = 0; i < m.length; i++) {
            if (m[i].length != cols) {
                throw new IllegalArgumentException("row " + i + " has " + m[i].length + " columns, row 0 has " + cols);
            }
            System.arraycopy(m[i], 0, flat, i * cols, cols);
        }
        return new NamedArray(new int[]{m.length, cols}, flat);
    }

    public static NamedArray scalar(double v) {
        return new NamedArray(new int[0], new double[]{v});
    }

    /** The 2-D tensor as rows; throws if the tensor is not 2-D. */
    public double[][] toMatrix() {
        if (shape.length != 2) {
            throw new IllegalStateException("tensor of shape " + Arrays.toString(shape) + " is not a matrix");
        }
        double[][] m = new double[shape[0]][];
        for (int i = 0; i < shape[0]; i++) {
            m[i] = Arrays.copyOfRange(data, i * shape[1], (i + 1) * shape[1]);
        }
        return m;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NamedArray a && Arrays.equals(shape, a.shape) && Arrays.equals(data, a.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "NamedArray" + Arrays.toString(shape) + (data.length <= 8 ? Arrays.toString(data) : "");
    }
}
