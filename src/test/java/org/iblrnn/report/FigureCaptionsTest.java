package org.iblrnn.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.iblrnn.figures.PaperFigures;
import org.junit.jupiter.api.Test;

/** Every figure the analysis registers has a caption, and no caption belongs to a figure that no longer exists. */
class FigureCaptionsTest {

    @Test
    void captionsMatchTheRegisteredFiguresExactly() {
        Set<String> stems = PaperFigures.registry().figures().stream().map(f -> f.stem()).collect(Collectors.toSet());
        assertThat(stems).allSatisfy(s -> assertThat(FigureCaptions.of(s)).as("caption of " + s).isNotBlank());
        assertThat(FigureCaptions.stems()).as("captions without a registered figure").isSubsetOf(stems);
    }

    @Test
    void captionsAreOneSentenceThatFitsUnderAFigure() {
        for (String s : FigureCaptions.stems()) {
            String c = FigureCaptions.of(s);
            assertThat(c).as(s).endsWith(".").hasSizeLessThan(230).doesNotContain("\n");
        }
    }
}
