package org.iblrnn.figures.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PNG files have size inches × dpi, replace older files and leave no temporary files behind. */
class PngWriterTest {

    @Test
    void writesImageOfInchesTimesDpiAndReplacesAtomically(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("sub/fig.png");
        PngWriter.write(Demos.line(), f, 100);
        BufferedImage img = ImageIO.read(f.toFile());
        assertThat(img.getWidth()).isEqualTo(400);
        assertThat(img.getHeight()).isEqualTo(300);
        PngWriter.write(Demos.bars(), f, 50);
        assertThat(ImageIO.read(f.toFile()).getWidth()).isEqualTo(200);
        try (var files = Files.list(f.getParent())) {
            assertThat(files).containsExactly(f);
        }
    }

    @Test
    void defaultResolutionIs300Dpi(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("fig.png");
        PngWriter.write(new LinePlot().size(1, 0.5).add(Line.of(new double[] {1, 2})), f);
        BufferedImage img = ImageIO.read(f.toFile());
        assertThat(img.getWidth()).isEqualTo(300);
        assertThat(img.getHeight()).isEqualTo(150);
    }

    @Test
    void rejectsNonPositiveDpi() {
        assertThatThrownBy(() -> PngWriter.render(Demos.line(), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dpi");
    }
}
