package org.iblrnn.figures.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Label markup: scripts are set small and shifted, plain text stays literal, wrapping balances the lines. */
class RichTextTest {

    @Test
    void markupIsReadAsScriptsAndOtherCharactersStayLiteral() {
        assertThat(RichText.plain("d = o^{R} − o^{L}")).isEqualTo("d = oR − oL");
        assertThat(RichText.plain("‖h_{t+Δ} − h_{t}‖_{2}")).isEqualTo("‖ht+Δ − ht‖2");
        assertThat(RichText.plain("hidden_size=2, x^2")).isEqualTo("hidden_size=2, x^2");
        assertThat(RichText.plain("two\nlines")).isEqualTo("two\nlines");
    }

    @Test
    void scriptsAreNarrowerThanTheSameLettersInline() {
        assertThat(RichText.width("o^{R}", 10)).isLessThan(RichText.width("oR", 10));
        assertThat(RichText.width("o^{R}", 10)).isGreaterThan(RichText.width("o", 10));
        // a superscript raises the top of the line, a subscript lowers its bottom
        assertThat(RichText.height("o^{R}", 10)).isGreaterThan(RichText.height("o", 10));
        assertThat(RichText.height("h_{t}", 10)).isGreaterThan(RichText.height("h", 10));
    }

    @Test
    void aSuperscriptIsDrawnAboveTheBaseline() {
        int[] inkTop = new int[2];
        String[] texts = {"oR", "o^{R}"};
        for (int k = 0; k < 2; k++) {
            BufferedImage img = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 100);
            g.scale(4, 4);
            RichText.draw(g, texts[k], 10, Color.BLACK, 5, 20, TextAnchor.BOTTOM_LEFT, 0);
            g.dispose();
            inkTop[k] = 100;
            for (int y = 0; y < 100 && inkTop[k] == 100; y++) {
                for (int x = 0; x < 200; x++) {
                    if ((img.getRGB(x, y) & 0xff) < 128) {
                        inkTop[k] = y;
                        break;
                    }
                }
            }
        }
        // the script R rises above the top of the capital R set inline
        assertThat(inkTop[1]).isLessThan(inkTop[0]);
    }

    @Test
    void wrappingUsesTheFewestLinesAndBalancesThem() {
        double w = RichText.width("Right Trial, Incorrect", 8) + 1;
        assertThat(RichText.wrap("Right Trial, Incorrect Action", 8, w)).isEqualTo("Right Trial,\nIncorrect Action");
        assertThat(RichText.wrap("short", 8, 5)).isEqualTo("short");
        assertThat(RichText.wrap("fits on one line", 8, 1000)).isEqualTo("fits on one line");
    }

    @Test
    void theLogHoldsTheRotatedBoxInDeviceCoordinates() {
        BufferedImage img = new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        TextLog log = new TextLog();
        log.attach(g);
        g.scale(2, 2);
        RichText.draw(g, "vertical", 10, Color.BLACK, 20, 40, TextAnchor.CENTER, 90);
        g.dispose();
        Rectangle2D b = log.entries().get(0).bounds().getBounds2D();
        assertThat(b.getHeight()).isCloseTo(2 * RichText.width("vertical", 10), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(b.getCenterX()).isCloseTo(40, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(b.getCenterY()).isCloseTo(80, org.assertj.core.data.Offset.offset(1e-6));
    }
}
