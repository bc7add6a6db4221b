package org.iblrnn.analysis.statespace;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A random train/test partition of row indices (scikit-learn's {@code train_test_split} sizes: ⌈fraction·n⌉ test
 * rows). Both index arrays are sorted ascending.
 *
 * @param train training row indices
 * @param test  test row indices
 */
public record TrainTestSplit(int[] train, int[] test) {

    /**
     * Shuffles 0..n−1 (Fisher–Yates with {@code rng}) and takes the first ⌈testFraction·n⌉ as the test set.
     *
     * @param n            number of rows (≥ 2)
     * @param testFraction in (0, 1)
     * @param rng          the split's random stream (consumed)
     */
    public static TrainTestSplit of(int n, double testFraction, SplittableRandom rng) {
        if (n < 2 || !(testFraction > 0 && testFraction < 1)) {
            throw new IllegalArgumentException("train/test split needs n ≥ 2 and a test fraction in (0, 1) but got n="
                    + n + ", fraction=" + testFraction);
        }
        int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        int nTest = Math.min(n - 1, (int) Math.ceil(testFraction * n));
        int[] test = Arrays.copyOfRange(perm, 0, nTest);
        int[] train = Arrays.copyOfRange(perm, nTest, n);
        Arrays.sort(test);
        Arrays.sort(train);
        return new TrainTestSplit(train, test);
    }
}
