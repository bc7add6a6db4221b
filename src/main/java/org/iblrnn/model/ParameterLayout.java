package org.iblrnn.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iblrnn.config.Architecture;
import org.iblrnn.config.ModelConfig;

/**
 * Where each named tensor of a recurrent model lives inside one flat {@code double[]}.
 *
 * <p>Names, shapes and order are exactly those of PyTorch's {@code state_dict()} for
 * {@code torch.nn.RNN/GRU/LSTM(num_layers=1)} named {@code core} followed by a {@code torch.nn.Linear} named
 * {@code readout}, so that a checkpoint maps one-to-one onto a PyTorch model. With G gate blocks (1 rnn,
 * 3 gru, 4 lstm), input size I, hidden size H and output size O the tensors are, in this order:
 * <pre>
 *   core.weight_ih_l0  [G·H × I]
 *   core.weight_hh_l0  [G·H × H]
 *   core.bias_ih_l0    [G·H]
 *   core.bias_hh_l0    [G·H]
 *   readout.weight     [O × H]
 *   readout.bias       [O]
 * </pre>
 * Matrices are row-major (element (r, c) at {@code offset + r·cols + c}). Gate blocks are stacked along the rows
 * in PyTorch's order: gru (r, z, n), lstm (i, f, g, o); rnn has one block.
 */
public final class ParameterLayout {

    public static final String WEIGHT_IH = "core.weight_ih_l0";
    public static final String WEIGHT_HH = "core.weight_hh_l0";
    public static final String BIAS_IH = "core.bias_ih_l0";
    public static final String BIAS_HH = "core.bias_hh_l0";
    public static final String READOUT_WEIGHT = "readout.weight";
    public static final String READOUT_BIAS = "readout.bias";

    /**
     * One named tensor: {@code size} consecutive doubles from {@code offset}, read row-major with {@code shape}.
     *
     * @param name   PyTorch state_dict key
     * @param shape  PyTorch shape (rows, cols) or (length)
     * @param offset index of the first element in the flat array
     * @param size   number of elements (product of the shape)
     */
    public record Tensor(String name, int[] shape, int offset, int size) {

        public Tensor {
            shape = shape.clone();
        }

        @Override
        public int[] shape() {
            return shape.clone();
        }

        /** Number of rows (the length for a 1-D tensor). */
        public int rows() {
            return shape[0];
        }

        /** Number of columns (1 for a 1-D tensor). */
        public int cols() {
            return shape.length > 1 ? shape[1] : 1;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Tensor t && name.equals(t.name) && Arrays.equals(shape, t.shape) && offset == t.offset
                    && size == t.size;
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + Arrays.hashCode(shape) * 7 + offset;
        }

        @Override
        public String toString() {
            return name + Arrays.toString(shape) + "@" + offset;
        }
    }

    private final Architecture architecture;
    private final int inputSize;
    private final int hiddenSize;
    private final int outputSize;
    private final List<Tensor> tensors;
    private final Map<String, Tensor> byName;
    private final int size;

    private ParameterLayout(Architecture architecture, int inputSize, int hiddenSize, int outputSize) {
        if (inputSize < 1 || hiddenSize < 1 || outputSize < 1) {
            throw new IllegalArgumentException("model sizes must be positive: input_size=" + inputSize
                    + ", hidden_size=" + hiddenSize + ", output_size=" + outputSize);
        }
        this.architecture = architecture;
        this.inputSize = inputSize;
        this.hiddenSize = hiddenSize;
        this.outputSize = outputSize;
        int gh = architecture.gates * hiddenSize;
        int[][] shapes = {{gh, inputSize}, {gh, hiddenSize}, {gh}, {gh}, {outputSize, hiddenSize}, {outputSize}};
        String[] names = {WEIGHT_IH, WEIGHT_HH, BIAS_IH, BIAS_HH, READOUT_WEIGHT, READOUT_BIAS};
        Tensor[] ts = new Tensor[names.length];
        Map<String, Tensor> map = new LinkedHashMap<>();
        int offset = 0;
        for (int i = 0; i < names.length; i++) {
            int n = 1;
            for (int d : shapes[i]) {
                n *= d;
            }
            ts[i] = new Tensor(names[i], shapes[i], offset, n);
            map.put(names[i], ts[i]);
            offset += n;
        }
        this.tensors = List.of(ts);
        this.byName = map;
        this.size = offset;
    }

    /** The layout of a one-layer {@code architecture} core with the given sizes plus a linear readout. */
    public static ParameterLayout of(Architecture architecture, int inputSize, int hiddenSize, int outputSize) {
        return new ParameterLayout(architecture, inputSize, hiddenSize, outputSize);
    }

    /** The layout of the model a {@link ModelConfig} describes (only num_layers = 1 is supported). */
    public static ParameterLayout of(ModelConfig config) {
        if (config.numLayers() != 1) {
            throw new IllegalArgumentException("model.kwargs.core_kwargs.num_layers=" + config.numLayers()
                    + " is not supported; set it to 1");
        }
        return new ParameterLayout(config.architecture(), config.inputSize(), config.hiddenSize(), config.outputSize());
    }

    /** The tensors in PyTorch state_dict order. */
    public List<Tensor> tensors() {
        return tensors;
    }

    /** Total number of doubles. */
    public int size() {
        return size;
    }

    /** The tensor with this PyTorch name; IllegalArgumentException if there is none. */
    public Tensor get(String name) {
        Tensor t = byName.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no tensor named '" + name + "' in the " + architecture.key()
                    + " layout; expected one of " + byName.keySet());
        }
        return t;
    }

    public Architecture architecture() {
        return architecture;
    }

    /** G: number of stacked gate blocks. */
    public int gates() {
        return architecture.gates;
    }

    public int inputSize() {
        return inputSize;
    }

    public int hiddenSize() {
        return hiddenSize;
    }

    public int outputSize() {
        return outputSize;
    }

    /** Offset of core.weight_ih_l0. */
    public int weightIh() {
        return tensors.get(0).offset();
    }

    /** Offset of core.weight_hh_l0. */
    public int weightHh() {
        return tensors.get(1).offset();
    }

    /** Offset of core.bias_ih_l0. */
    public int biasIh() {
        return tensors.get(2).offset();
    }

    /** Offset of core.bias_hh_l0. */
    public int biasHh() {
        return tensors.get(3).offset();
    }

    /** Offset of readout.weight. */
    public int readoutWeight() {
        return tensors.get(4).offset();
    }

    /** Offset of readout.bias. */
    public int readoutBias() {
        return tensors.get(5).offset();
    }

    @Override
    public String toString() {
        return "ParameterLayout[" + architecture.key() + ", " + tensors + ", size=" + size + "]";
    }
}
