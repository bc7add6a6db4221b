package org.iblrnn.config;

/**
 * The {@code model} section of params.json.
 *
 * @param architecture  rnn | gru | lstm
 * @param inputSize     model.kwargs.input_size (3: left, right, feedback)
 * @param outputSize    model.kwargs.output_size (2: left, right)
 * @param numLayers     model.kwargs.core_kwargs.num_layers (only 1 is supported)
 * @param hiddenSize    model.kwargs.core_kwargs.hidden_size (H)
 * @param paramInit     model.kwargs.param_init: default | eye | zeros | ones | uniform | normal | xavier_uniform | xavier_normal
 * @param inputMask     model.kwargs.connectivity_kwargs.input_mask
 * @param recurrentMask model.kwargs.connectivity_kwargs.recurrent_mask
 * @param readoutMask   model.kwargs.connectivity_kwargs.readout_mask
 */
public record ModelConfig(Architecture architecture, int inputSize, int outputSize, int numLayers, int hiddenSize,
                          String paramInit, String inputMask, String recurrentMask, String readoutMask) {

    /** The paper's model: a 50-unit tanh RNN with PyTorch's default initialisation and no masks. */
    public static ModelConfig defaults() {
        return new ModelConfig(Architecture.RNN, 3, 2, 1, 50, "default", "none", "none", "none");
    }

    public ModelConfig withHiddenSize(int h) {
        return new ModelConfig(architecture, inputSize, outputSize, numLayers, h, paramInit, inputMask, recurrentMask, readoutMask);
    }

    public ModelConfig withArchitecture(Architecture a) {
        return new ModelConfig(a, inputSize, outputSize, numLayers, hiddenSize, paramInit, inputMask, recurrentMask, readoutMask);
    }
}
