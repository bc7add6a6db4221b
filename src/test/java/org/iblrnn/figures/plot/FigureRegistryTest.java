package org.iblrnn.figures.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry keeps order and unique stems; the renderer isolates failing figures. */
class FigureRegistryTest {

    record TestFigure(String stem, Function<Integer, Drawable> body) implements Figure<Integer> {
        @Override
        public String title() {
            return "Title of " + stem;
        }

        @Override
        public String question() {
            return "Does " + stem + " work?";
        }

        @Override
        public String section() {
            return "Test";
        }

        @Override
        public Drawable render(Integer context) {
            return body.apply(context);
        }
    }

    static Drawable small(int n) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = i * i;
        }
        return new LinePlot().size(2, 1.5).add(Line.of(y));
    }

    @Test
    void registryKeepsOrderAndRejectsDuplicateOrMalformedStems() {
        FigureRegistry<Integer> r = new FigureRegistry<Integer>()
                .register(new TestFigure("b_second", FigureRegistryTest::small))
                .register(new TestFigure("a_first", FigureRegistryTest::small));
        assertThat(r.figures()).extracting(Figure::stem).containsExactly("b_second", "a_first");
        assertThatThrownBy(() -> r.register(new TestFigure("a_first", FigureRegistryTest::small)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate figure stem 'a_first'");
        assertThatThrownBy(() -> r.register(new TestFigure("bad stem/..", FigureRegistryTest::small)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bad stem/..");
        assertThat(r.size()).isEqualTo(2);
    }

    @Test
    void rendererWritesEveryFigureAndIsolatesAFailingOne(@TempDir Path dir) throws Exception {
        FigureRegistry<Integer> r = new FigureRegistry<Integer>()
                .register(new TestFigure("one", FigureRegistryTest::small))
                .register(new TestFigure("boom", n -> {
                    throw new IllegalStateException("analysis product 'pca' unavailable");
                }))
                .register(new TestFigure("three", FigureRegistryTest::small));
        List<FigureOutcome> out = new FigureRenderer<Integer>(50).renderAll(r, 5, dir);
        assertThat(out).extracting(FigureOutcome::stem).containsExactly("one", "boom", "three");
        assertThat(out).extracting(FigureOutcome::ok).containsExactly(true, false, true);
        assertThat(out.get(1).message()).contains("IllegalStateException").contains("pca");
        assertThat(out).allSatisfy(o -> assertThat(o.seconds()).isGreaterThanOrEqualTo(0));
        assertThat(dir.resolve("one.png")).exists();
        assertThat(dir.resolve("three.png")).exists();
        assertThat(dir.resolve("boom.png")).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("one.png",
                    "three.png");
        }
    }
}
