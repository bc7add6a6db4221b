package org.iblrnn.figures.statespace;

import org.iblrnn.analysis.fixedpoint.Basin;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A condition without a basin names its reason in its panel (a GRU's balanced-input condition can have none). */
class BasinPanelNoteTest {

    @Test
    void everyReasonForAMissingBasinHasAShortNoteAndADrawnBasinNone() {
        for (Basin.Status s : Basin.Status.values()) {
            String why = StateSpaceFixedPointBasinsOfAttractionFigure.why(s);
            if (s == Basin.Status.OK) {
                assertThat(why).isEmpty();
            } else {
                assertThat(why).as(s.name()).isNotBlank();
                for (String line : why.split("\n")) {
                    assertThat(line.length()).as(s + ": " + line).isLessThanOrEqualTo(22);
                }
            }
        }
    }
}
