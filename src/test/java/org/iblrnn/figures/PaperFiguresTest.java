package org.iblrnn.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iblrnn.analysis.AnalysisContext;
import org.iblrnn.figures.plot.Figure;
import org.junit.jupiter.api.Test;

/**
 * The registry is the source of truth for the figures: it holds exactly the stems listed in
 * {@code src/test/resources/figures/paper-figure-stems.txt} (the original's 48 figures plus this port's additions),
 * each once, each with a title, a one-line question and a report section.
 */
class PaperFiguresTest {

    /** The original ann-rnns renders 48 figures; every one has a counterpart here. */
    private static final int ORIGINAL_FIGURES = 48;

    /** Stems of the list file; {@code added} collects those marked "+" (figures the original does not have). */
    private static List<String> listedStems(List<String> added) throws IOException {
        try (InputStream in = PaperFiguresTest.class.getResourceAsStream("/figures/paper-figure-stems.txt")) {
            assertThat(in).as("test resource figures/paper-figure-stems.txt").isNotNull();
            List<String> stems = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) {
                    continue;
                }
                if (s.startsWith("+")) {
                    s = s.substring(1).strip();
                    added.add(s);
                }
                stems.add(s);
            }
            return stems;
        }
    }

    @Test
    void theRegistryHoldsExactlyTheListedFiguresOnce() throws Exception {
        List<String> added = new ArrayList<>();
        List<String> listed = listedStems(added);
        assertThat(new HashSet<>(listed)).as("the list repeats a stem").hasSameSizeAs(listed);
        assertThat(listed.size() - added.size()).as("the original's figures in the list").isEqualTo(ORIGINAL_FIGURES);

        List<String> registered = PaperFigures.all().stream().map(Figure::stem).toList();
        assertThat(registered).as("registered stems vs src/test/resources/figures/paper-figure-stems.txt")
                .containsExactlyInAnyOrderElementsOf(listed);
        assertThat(PaperFigures.registry().size()).isEqualTo(registered.size());
    }

    @Test
    void everyFigureSaysWhatItIsAndWhatItAsks() {
        Set<String> questions = new HashSet<>();
        Set<String> titles = new HashSet<>();
        for (Figure<AnalysisContext> f : PaperFigures.all()) {
            assertThat(f.title()).as(f.stem()).isNotBlank();
            assertThat(f.question()).as(f.stem()).isNotBlank().doesNotContain("\n");
            assertThat(f.section()).as(f.stem()).isNotBlank();
            questions.add(f.question());
            titles.add(f.title());
        }
        assertThat(titles).as("titles are unique").hasSameSizeAs(PaperFigures.all());
        assertThat(questions.size()).isGreaterThan(PaperFigures.all().size() / 2);
    }

    /**
     * One naming scheme: a figure class is its stem in CamelCase plus "Figure" (state_space_trials_by_classifier →
     * StateSpaceTrialsByClassifierFigure); a class registered for several stems is named after their common prefix.
     */
    @Test
    void everyFigureClassIsNamedAfterItsStem() {
        Map<Class<?>, List<String>> stemsByClass = new LinkedHashMap<>();
        for (Figure<AnalysisContext> f : PaperFigures.all()) {
            stemsByClass.computeIfAbsent(f.getClass(), c -> new ArrayList<>()).add(f.stem());
        }
        for (Map.Entry<Class<?>, List<String>> e : stemsByClass.entrySet()) {
            String name = e.getKey().getSimpleName();
            assertThat(name).endsWith("Figure");
            String base = name.substring(0, name.length() - "Figure".length());
            for (String stem : e.getValue()) {
                if (e.getValue().size() == 1) {
                    assertThat(name).as(stem).isEqualTo(camel(stem) + "Figure");
                } else {
                    assertThat(camel(stem)).as(name + " draws " + stem).startsWith(base);
                }
            }
        }
    }

    private static String camel(String stem) {
        StringBuilder sb = new StringBuilder();
        for (String part : stem.split("_")) {
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return sb.toString();
    }
}
