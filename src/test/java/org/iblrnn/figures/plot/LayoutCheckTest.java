package org.iblrnn.figures.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The layout check finds each kind of broken layout, and a plain plot has none. */
class LayoutCheckTest {

    /** A drawable that draws what {@code body} draws into a 4 × 3 inch page. */
    private static Drawable page(java.util.function.BiConsumer<Graphics2D, Rectangle2D> body) {
        return new Drawable() {
            @Override
            public void draw(Graphics2D g, Rectangle2D area) {
                body.accept(g, area);
            }

            @Override
            public double widthInches() {
                return 4;
            }

            @Override
            public double heightInches() {
                return 3;
            }
        };
    }

    @Test
    void aPlainPlotWithLongLabelsIsClean() {
        LinePlot p = new LinePlot().size(4, 3).title("A title that is rather long for a four inch figure, really")
                .xLabel("Signed Stimulus Contrast").yLabel("Fraction of Cumulative Variance Explained")
                .add(Line.of(new double[] {0, 100}, new double[] {0, 1}).label("a line"))
                .legend();
        assertThat(LayoutCheck.problems(p, 100)).isEmpty();
    }

    @Test
    void inkAtTheEdgeIsFound() {
        Drawable d = page((g, a) -> {
            g.setColor(Color.BLACK);
            g.fill(new Rectangle2D.Double(a.getMaxX() - 3, 50, 3, 20));
        });
        assertThat(LayoutCheck.problems(d, 100)).singleElement().asString().contains("outer 2 px frame");
    }

    @Test
    void aTextLeavingTheCanvasIsFound() {
        Drawable d = page((g, a) -> RichText.draw(g, "cut off", 10, Color.BLACK, a.getMaxX() - 10, 100,
                TextAnchor.CENTER_LEFT, 0));
        assertThat(LayoutCheck.problems(d, 100)).anyMatch(s -> s.contains("'cut off' leaves the"));
    }

    @Test
    void overlappingTextsAreFoundAlsoWhenRotated() {
        Drawable d = page((g, a) -> {
            RichText.draw(g, "first label", 10, Color.BLACK, 100, 100, TextAnchor.CENTER, 0);
            RichText.draw(g, "second", 10, Color.BLACK, 100, 100, TextAnchor.CENTER, 90);
            RichText.draw(g, "far away", 10, Color.BLACK, 200, 180, TextAnchor.CENTER, 45);
        });
        assertThat(LayoutCheck.problems(d, 100)).containsExactly("texts 'first label' and 'second' overlap");
    }

    @Test
    void rotatedBoxesWhoseBoundingBoxesMeetButNotThemselvesDoNotOverlap() {
        Drawable d = page((g, a) -> {
            RichText.draw(g, "Stim Boundary", 8, Color.BLACK, 100, 100, TextAnchor.BOTTOM_LEFT, 70);
            RichText.draw(g, "Block Boundary", 8, Color.BLACK, 100, 100, TextAnchor.BOTTOM_LEFT, -40);
        });
        assertThat(LayoutCheck.problems(d, 100)).isEmpty();
    }
}
