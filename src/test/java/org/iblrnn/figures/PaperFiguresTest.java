package org.iblrnn.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.figures.plot.Figure;
import org.junit.jupiter.api.Test;

/** The registry holds every figure that figures.md specifies (by stem), once, each with a title and a question. */
class PaperFiguresTest {

    private static Path spec() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path f = p.resolve("shared/spec/figures.md");
            if (Files.exists(f)) {
                return f;
            }
        }
        throw new IllegalStateException("shared/spec/figures.md not found above " + Path.of("").toAbsolutePath());
    }

    @Test
    void everySpecifiedFigureIsRegisteredOnce() throws Exception {
        Matcher m = Pattern.compile("^### [A-Z0-9]+\\. `[a-z0-9_]+` → `hook_plot_([a-z0-9_]+)\\.jpg`", Pattern.MULTILINE)
                .matcher(Files.readString(spec()));
        List<String> specified = new ArrayList<>();
        while (m.find()) {
            specified.add(m.group(1));
        }
        assertThat(specified).hasSize(48);
        List<String> registered = PaperFigures.all().stream().map(Figure::stem).toList();
        assertThat(registered).containsAll(specified);
        assertThat(new HashSet<>(registered)).hasSameSizeAs(registered);
        assertThat(PaperFigures.registry().size()).isEqualTo(registered.size());
    }

    @Test
    void everyFigureSaysWhatItIsAndWhatItAsks() {
        Set<String> questions = new HashSet<>();
        for (Figure<AnalysisContext> f : PaperFigures.all()) {
            assertThat(f.title()).as(f.stem()).isNotBlank();
            assertThat(f.question()).as(f.stem()).isNotBlank().doesNotContain("\n");
            assertThat(f.section()).as(f.stem()).isNotBlank();
            questions.add(f.question());
        }
        assertThat(questions.size()).isGreaterThan(PaperFigures.all().size() / 2);
    }
}
