package org.iblrnn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.iblrnn.config.Architecture;
import org.iblrnn.config.ModelConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** The layout documented in {@link ParameterLayout}'s Javadoc: PyTorch state_dict names, shapes and order. */
class ParameterLayoutTest {

    @ParameterizedTest
    @EnumSource(Architecture.class)
    void namesShapesAndOffsetsFollowPyTorch(Architecture arch) {
        int g = arch.gates;
        ParameterLayout layout = ParameterLayout.of(ModelConfig.defaults().withArchitecture(arch));
        List<ParameterLayout.Tensor> ts = layout.tensors();
        assertThat(ts).extracting(ParameterLayout.Tensor::name).containsExactly("core.weight_ih_l0",
                "core.weight_hh_l0", "core.bias_ih_l0", "core.bias_hh_l0", "readout.weight", "readout.bias");
        assertThat(ts).extracting(ParameterLayout.Tensor::shape).containsExactly(new int[]{g * 50, 3},
                new int[]{g * 50, 50}, new int[]{g * 50}, new int[]{g * 50}, new int[]{2, 50}, new int[]{2});
        int offset = 0;
        for (ParameterLayout.Tensor t : ts) {
            assertThat(t.offset()).isEqualTo(offset);
            assertThat(t.size()).isEqualTo(t.rows() * t.cols());
            assertThat(layout.get(t.name())).isEqualTo(t);
            offset += t.size();
        }
        assertThat(layout.size()).isEqualTo(offset).isEqualTo(g * 50 * (3 + 50 + 2) + 2 * 50 + 2);
        assertThat(layout.weightHh()).isEqualTo(layout.get(ParameterLayout.WEIGHT_HH).offset());
        assertThat(layout.readoutBias()).isEqualTo(layout.size() - 2);
    }

    @Test
    void unknownNamesAndUnsupportedLayersAreRejected() {
        ParameterLayout layout = ParameterLayout.of(ModelConfig.defaults());
        assertThatThrownBy(() -> layout.get("linear.weight")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("linear.weight");
        ModelConfig twoLayers = new ModelConfig(Architecture.RNN, 3, 2, 2, 50, "default", "none", "none", "none");
        assertThatThrownBy(() -> ParameterLayout.of(twoLayers)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("num_layers=2");
    }

    @Test
    void networkFromFlatParamsChecksTheLength() {
        assertThatThrownBy(() -> RecurrentNetwork.of(ModelConfig.defaults(), new double[10]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10 were given");
    }
}
