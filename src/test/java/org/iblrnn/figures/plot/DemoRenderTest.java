package org.iblrnn.figures.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renders every demo figure to PNG (into $FIGDEMO_DIR when set, for viewing) and checks the files exist. */
class DemoRenderTest {

    @Test
    void everyDemoRendersToAPngFile(@TempDir Path tmp) throws Exception {
        String dir = System.getenv("FIGDEMO_DIR");
        Path out = dir != null ? Path.of(dir) : tmp;
        for (Map.Entry<String, Drawable> e : Demos.all().entrySet()) {
            Path f = out.resolve(e.getKey() + ".png");
            PngWriter.write(e.getValue(), f, dir != null ? 150 : 40);
            assertThat(Files.size(f)).as(e.getKey()).isGreaterThan(1000);
        }
    }
}
