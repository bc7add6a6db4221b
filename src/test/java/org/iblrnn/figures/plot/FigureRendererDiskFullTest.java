package org.iblrnn.figures.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk stops rendering at the first figure it hits, with one message naming the file, instead of one
 * failure (and stack trace) per remaining figure. The failure is injected: the figure throws what a PNG write on a
 * full disk throws (an image I/O error caused by "No space left on device").
 */
class FigureRendererDiskFullTest {

    private static Figure<Void> figure(String stem, List<String> rendered, boolean diskFull) {
        return new Figure<>() {
            public String stem() {
                return stem;
            }

            public String title() {
                return stem;
            }

            public String question() {
                return "?";
            }

            public String section() {
                return "Test";
            }

            public Drawable render(Void context) {
                rendered.add(stem);
                if (diskFull) {
                    IOException io = new IOException("I/O error writing PNG file!");
                    io.addSuppressed(new IOException("No space left on device"));
                    throw new UncheckedIOException(io);
                }
                return Demos.line();
            }
        };
    }

    @Test
    void theFirstFullDiskErrorStopsTheRestWithOneMessage(@TempDir Path dir) {
        List<String> rendered = new ArrayList<>();
        FigureRegistry<Void> registry = new FigureRegistry<Void>()
                .register(figure("first", rendered, false))
                .register(figure("second", rendered, true))
                .register(figure("third", rendered, false));
        assertThatThrownBy(() -> new FigureRenderer<Void>(20).renderAll(registry, null, dir))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("no space left on device writing " + dir.resolve("second.png"));
        assertThat(rendered).containsExactly("first", "second");
    }
}
