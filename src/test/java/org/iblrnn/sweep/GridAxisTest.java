package org.iblrnn.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GridAxisTest {

    @Test
    void splitsPlainValuesAtCommas() {
        GridAxis a = GridAxis.parse("model.kwargs.core_kwargs.hidden_size=2, 50,100");
        assertThat(a.key()).isEqualTo("model.kwargs.core_kwargs.hidden_size");
        assertThat(a.shortKey()).isEqualTo("hidden_size");
        assertThat(a.values()).containsExactly("2", "50", "100");
    }

    @Test
    void keepsCommasInsideBracketsAndQuotes() {
        GridAxis a = GridAxis.parse("env.kwargs.block_side_probs=[[0.8,0.2],[0.2,0.8]],[[0.7,0.3],[0.3,0.7]]");
        assertThat(a.values()).containsExactly("[[0.8,0.2],[0.2,0.8]]", "[[0.7,0.3],[0.3,0.7]]");
        assertThat(GridAxis.parse("description=\"a,b\",c").values()).containsExactly("\"a,b\"", "c");
    }

    @Test
    void semicolonAtTopLevelIsTheOnlySeparator() {
        assertThat(GridAxis.parse("k=a,b;c,d").values()).containsExactly("a,b", "c,d");
        assertThat(GridAxis.parse("k=[[0.7,0.3],[0.3,0.7]];[[0.9,0.1],[0.1,0.9]]").values())
                .containsExactly("[[0.7,0.3],[0.3,0.7]]", "[[0.9,0.1],[0.1,0.9]]");
        assertThat(GridAxis.parse("k=\"x;y\",z").values()).containsExactly("\"x;y\"", "z");
    }

    @Test
    void rejectsMalformedOptionsWithTheOffendingPart() {
        assertThatThrownBy(() -> GridAxis.parse("hidden_size")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KEY=V1,V2");
        assertThatThrownBy(() -> GridAxis.parse("k=[1,2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unclosed bracket");
        assertThatThrownBy(() -> GridAxis.parse("k=1],2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unbalanced ']'");
        assertThatThrownBy(() -> GridAxis.parse("k=1,,2")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value 2 is empty");
        assertThatThrownBy(() -> GridAxis.parse("k=1,1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'1' is given twice");
        assertThatThrownBy(() -> new GridAxis("a..b", List.of("1"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a..b");
    }
}
