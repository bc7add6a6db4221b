package org.iblrnn.model;

import java.util.SplittableRandom;
import org.iblrnn.config.ModelConfig;

/**
 * Builds the 0/1 connectivity mask of a model over its flat parameter layout (ones where a parameter is free).
 *
 * <p>As in the original, {@code input_mask} shapes core.weight_ih_l0, {@code recurrent_mask} core.weight_hh_l0 and
 * {@code readout_mask} readout.weight; biases are never masked. Each slot accepts any mask type. The patterns,
 * for a block with R rows (units) and C columns:
 * <ul>
 *   <li>{@code none}: all ones;</li>
 *   <li>{@code input_mask}: rows r &lt; ⌊0.3·R⌋ (the first 30 % of units receive input);</li>
 *   <li>{@code readout_mask}: columns c ≥ C − ⌊0.3·C⌋ (the last 30 % of units are read out);</li>
 *   <li>{@code diagonal}: r = c;</li>
 *   <li>{@code circulant}: first column e with e[i] = 1 for i &lt; ⌊0.2·R⌋; M[r][c] = e[(r − c) mod R];</li>
 *   <li>{@code toeplitz}: the same first column, symmetric Toeplitz: M[r][c] = e[|r − c|];</li>
 *   <li>{@code small_world}: adjacency of a Watts–Strogatz graph (n = R, k = ⌊0.2·R⌋, p = 0.1), drawn from a
 *       fixed seed ({@link #SMALL_WORLD_SEED}) so that a checkpoint reloads with the same mask (the original used
 *       an unseeded draw);</li>
 *   <li>{@code N_block_diag}: N equal all-ones diagonal blocks (R divisible by N).</li>
 * </ul>
 * The last four need a square block (R = C), i.e. the recurrent slot. For gru and lstm the original built one
 * (G·H × ·) pattern, which is either mis-shaped or masks only the first gate; we instead apply the H-row pattern
 * to every gate block, so each gate sees the same unit-to-unit connectivity.
 */
public final class ConnectivityMasks {

    /** Seed of the small-world graph: fixed so that the mask is a function of the configuration alone. */
    public static final long SMALL_WORLD_SEED = 20200601L;

    private ConnectivityMasks() {
    }

    /** The flat mask (same layout as the parameters) of a configuration's input, recurrent and readout masks. */
    public static double[] build(ModelConfig config, ParameterLayout layout) {
        double[] mask = new double[layout.size()];
        java.util.Arrays.fill(mask, 1.0);
        int h = layout.hiddenSize();
        int g = layout.gates();
        fillTiled(mask, layout.get(ParameterLayout.WEIGHT_IH), g,
                pattern("input_mask", config.inputMask(), h, layout.inputSize()));
        fillTiled(mask, layout.get(ParameterLayout.WEIGHT_HH), g,
                pattern("recurrent_mask", config.recurrentMask(), h, h));
        fillTiled(mask, layout.get(ParameterLayout.READOUT_WEIGHT), 1,
                pattern("readout_mask", config.readoutMask(), layout.outputSize(), h));
        return mask;
    }

    /** True when every mask of the configuration is {@code none}. */
    public static boolean isTrivial(ModelConfig config) {
        return "none".equals(config.inputMask()) && "none".equals(config.recurrentMask())
                && "none".equals(config.readoutMask());
    }

    private static void fillTiled(double[] mask, ParameterLayout.Tensor t, int blocks, double[][] pattern) {
        int rows = pattern.length;
        int cols = t.cols();
        for (int b = 0; b < blocks; b++) {
            for (int r = 0; r < rows; r++) {
                System.arraycopy(pattern[r], 0, mask, t.offset() + (b * rows + r) * cols, cols);
            }
        }
    }

    /**
     * The R × C pattern of mask type {@code type} for the slot {@code key} (used in error messages).
     */
    static double[][] pattern(String key, String type, int rows, int cols) {
        double[][] m = new double[rows][cols];
        switch (type) {
            case "none" -> {
                for (double[] row : m) {
                    java.util.Arrays.fill(row, 1.0);
                }
            }
            case "input_mask" -> {
                int k = (int) (0.3 * rows);
                for (int r = 0; r < k; r++) {
                    java.util.Arrays.fill(m[r], 1.0);
                }
            }
            case "readout_mask" -> {
                int k = (int) (0.3 * cols);
                for (double[] row : m) {
                    java.util.Arrays.fill(row, cols - k, cols, 1.0);
                }
            }
            case "diagonal" -> {
                for (int r = 0; r < Math.min(rows, cols); r++) {
                    m[r][r] = 1.0;
                }
            }
            case "circulant", "toeplitz" -> {
                requireSquare(key, type, rows, cols);
                int k = (int) (0.2 * rows);
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++) {
                        int i = type.equals("circulant") ? Math.floorMod(r - c, rows) : Math.abs(r - c);
                        m[r][c] = i < k ? 1.0 : 0.0;
                    }
                }
            }
            case "small_world" -> {
                requireSquare(key, type, rows, cols);
                boolean[][] adj = wattsStrogatz(rows, (int) (0.2 * rows), 0.1, new SplittableRandom(SMALL_WORLD_SEED));
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++) {
                        m[r][c] = adj[r][c] ? 1.0 : 0.0;
                    }
                }
            }
            default -> {
                if (!type.endsWith("_block_diag")) {
                    throw new IllegalArgumentException("model.kwargs.connectivity_kwargs." + key + "='" + type
                            + "' is unknown; use none, input_mask, readout_mask, diagonal, circulant, toeplitz,"
                            + " small_world or N_block_diag");
                }
                requireSquare(key, type, rows, cols);
                int blocks;
                try {
                    blocks = Integer.parseInt(type.substring(0, type.length() - "_block_diag".length()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("model.kwargs.connectivity_kwargs." + key + "='" + type
                            + "' must start with the number of blocks, e.g. '2_block_diag'");
                }
                if (blocks < 1 || rows % blocks != 0) {
                    throw new IllegalArgumentException("model.kwargs.connectivity_kwargs." + key + "='" + type
                            + "' needs hidden_size divisible by " + blocks + " but hidden_size=" + rows
                            + "; choose a divisor of hidden_size");
                }
                int size = rows / blocks;
                for (int r = 0; r < rows; r++) {
                    int start = (r / size) * size;
                    java.util.Arrays.fill(m[r], start, start + size, 1.0);
                }
            }
        }
        return m;
    }

    private static void requireSquare(String key, String type, int rows, int cols) {
        if (rows != cols) {
            throw new IllegalArgumentException("model.kwargs.connectivity_kwargs." + key + "='" + type
                    + "' needs a square (hidden × hidden) block but this slot is " + rows + "×" + cols
                    + "; use it as recurrent_mask only");
        }
    }

    /**
     * A Watts–Strogatz small-world graph as networkx builds it: a ring lattice joining each node to its ⌊k/2⌋
     * nearest neighbours on either side, then for each lattice distance j = 1..⌊k/2⌋ and each node u, with
     * probability p the edge (u, u + j) is rewired to (u, w) with w uniform among nodes that are neither u nor
     * already joined to u (left alone if u is joined to every other node). Symmetric, no self-loops.
     */
    static boolean[][] wattsStrogatz(int n, int k, double p, SplittableRandom rng) {
        if (k > n) {
            throw new IllegalArgumentException("small_world needs k <= n but k=" + k + ", n=" + n);
        }
        boolean[][] adj = new boolean[n][n];
        int[] degree = new int[n];
        if (k == n) {
            for (int u = 0; u < n; u++) {
                for (int v = 0; v < n; v++) {
                    adj[u][v] = u != v;
                }
                degree[u] = n - 1;
            }
            return adj;
        }
        int half = k / 2;
        for (int j = 1; j <= half; j++) {
            for (int u = 0; u < n; u++) {
                int v = (u + j) % n;
                if (!adj[u][v]) {
                    adj[u][v] = true;
                    adj[v][u] = true;
                    degree[u]++;
                    degree[v]++;
                }
            }
        }
        for (int j = 1; j <= half; j++) {
            for (int u = 0; u < n; u++) {
                int v = (u + j) % n;
                if (rng.nextDouble() >= p || !adj[u][v] || degree[u] >= n - 1) {
                    continue;
                }
                int w = rng.nextInt(n);
                while (w == u || adj[u][w]) {
                    w = rng.nextInt(n);
                }
                adj[u][v] = false;
                adj[v][u] = false;
                degree[v]--;
                adj[u][w] = true;
                adj[w][u] = true;
                degree[w]++;
            }
        }
        return adj;
    }
}
