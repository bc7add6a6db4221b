package org.iblrnn.figures.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures and draws every text of a figure. A text may hold several lines ({@code '\n'}) and the maths markup
 * {@code _{...}} (subscript) and {@code ^{...}} (superscript), e.g. {@code "d = o^{R} − o^{L}"} or
 * {@code "h_{t}"}: scripts are set in a 70 % font on a shifted baseline, as TeX does. Everything else is literal.
 *
 * <p>Measurement uses one fixed font render context (antialiased, fractional metrics) in points, so a layout is the
 * same whatever device it is drawn on; boxes span the font's ascent to descent, which contains the ink. Every
 * drawn text is reported to the {@link TextLog} attached to the graphics, if any.
 */
public final class RichText {

    /** Script size relative to the base font. */
    static final double SCRIPT = 0.7;
    /** Superscript baseline raise, in base ems. */
    private static final double SUP_RAISE = 0.36;
    /** Subscript baseline drop, in base ems. */
    private static final double SUB_DROP = 0.16;
    /** Extra gap between lines, in base ems. */
    private static final double LEADING = 0.15;

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private RichText() {
    }

    /** A run of characters on one baseline: shift 0 = normal, +1 = superscript, −1 = subscript. */
    private record Run(String text, int shift) {
    }

    /** One laid-out line: runs with their x offsets, its width and its ascent/descent around the baseline. */
    private record Row(List<Run> runs, double[] xs, double width, double ascent, double descent) {
    }

    /** A laid-out text: rows, total width and height (top of first row to bottom of last). */
    record Block(List<Row> rows, double width, double height, float size) {
    }

    /** The text without markup, as a reader sees it ("o^{R}" → "oR"). */
    public static String plain(String markup) {
        StringBuilder sb = new StringBuilder();
        for (String line : markup.split("\n", -1)) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            for (Run r : parse(line)) {
                sb.append(r.text());
            }
        }
        return sb.toString();
    }

    private static List<Run> parse(String line) {
        List<Run> runs = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            int close = (c == '_' || c == '^') && i + 1 < line.length() && line.charAt(i + 1) == '{'
                    ? line.indexOf('}', i + 2) : -1;
            if (close > 0) {
                if (!cur.isEmpty()) {
                    runs.add(new Run(cur.toString(), 0));
                    cur.setLength(0);
                }
                runs.add(new Run(line.substring(i + 2, close), c == '^' ? 1 : -1));
                i = close + 1;
            } else {
                cur.append(c);
                i++;
            }
        }
        if (!cur.isEmpty() || runs.isEmpty()) {
            runs.add(new Run(cur.toString(), 0));
        }
        return runs;
    }

    private static Font font(float size, int shift) {
        return HouseStyle.font(shift == 0 ? size : (float) (size * SCRIPT));
    }

    /** Lays out {@code markup} at {@code size} points. */
    static Block layout(String markup, float size) {
        List<Row> rows = new ArrayList<>();
        double width = 0;
        double height = 0;
        for (String line : markup.split("\n", -1)) {
            List<Run> runs = parse(line);
            double[] xs = new double[runs.size()];
            double x = 0;
            double asc = 0;
            double desc = 0;
            for (int k = 0; k < runs.size(); k++) {
                Run r = runs.get(k);
                Font f = font(size, r.shift());
                LineMetrics lm = f.getLineMetrics(r.text().isEmpty() ? " " : r.text(), FRC);
                double base = r.shift() > 0 ? SUP_RAISE * size : r.shift() < 0 ? -SUB_DROP * size : 0;
                asc = Math.max(asc, lm.getAscent() + base);
                desc = Math.max(desc, lm.getDescent() - base);
                xs[k] = x;
                x += f.getStringBounds(r.text(), FRC).getWidth();
            }
            rows.add(new Row(runs, xs, x, asc, desc));
            width = Math.max(width, x);
            height += asc + desc;
        }
        height += (rows.size() - 1) * LEADING * size;
        return new Block(rows, width, height, size);
    }

    /** Width of the text's box in points. */
    public static double width(String markup, float size) {
        return layout(markup, size).width();
    }

    /** Height of the text's box in points (all lines). */
    public static double height(String markup, float size) {
        return layout(markup, size).height();
    }

    /**
     * The text's box, unrotated, in the coordinates the text is drawn in: the {@code anchor} point of the box sits at
     * (x, y).
     */
    static Rectangle2D box(Block b, double x, double y, TextAnchor anchor) {
        return new Rectangle2D.Double(x - anchor.fx() * b.width(), y - anchor.fy() * b.height(), b.width(),
                b.height());
    }

    /** The text's box rotated by {@code rotationDeg} counter-clockwise about (x, y). */
    static Shape box(Block b, double x, double y, TextAnchor anchor, double rotationDeg) {
        Rectangle2D r = box(b, x, y, anchor);
        return rotationDeg == 0 ? r : AffineTransform.getRotateInstance(-Math.toRadians(rotationDeg), x, y)
                .createTransformedShape(r);
    }

    /**
     * Word wrap into as few lines as fit {@code maxWidth} where spaces allow (a single long word keeps its line),
     * with the breaks chosen so that the longest line is as short as possible ("Right Trial, / Incorrect Action"
     * rather than "Right Trial, Incorrect / Action"). Existing line breaks are kept; markup groups are never split.
     */
    public static String wrap(String markup, float size, double maxWidth) {
        if (layout(markup, size).width() <= maxWidth) {
            return markup;
        }
        StringBuilder out = new StringBuilder();
        for (String line : markup.split("\n", -1)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(wrapLine(line.split(" "), size, maxWidth));
        }
        return out.toString();
    }

    private static String wrapLine(String[] words, float size, double maxWidth) {
        int k = words.length;
        // width[i][j]: width of words i..j-1 on one line
        double[][] width = new double[k + 1][k + 1];
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j <= k; j++) {
                width[i][j] = layout(String.join(" ", Arrays.copyOfRange(words, i, j)), size).width();
            }
        }
        // the fewest lines: greedy; a line over maxWidth only when it holds one word
        int lines = 0;
        for (int i = 0; i < k; lines++) {
            int j = i + 1;
            while (j < k && width[i][j + 1] <= maxWidth) {
                j++;
            }
            i = j;
        }
        // best[n][i]: smallest possible longest line when words i.. are set in n lines; next[n][i] the first break
        double[][] best = new double[lines + 1][k + 1];
        int[][] next = new int[lines + 1][k + 1];
        for (double[] row : best) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        best[0][k] = 0;
        for (int n = 1; n <= lines; n++) {
            for (int i = k - 1; i >= 0; i--) {
                for (int j = i + 1; j <= k; j++) {
                    if (width[i][j] > maxWidth && j > i + 1) {
                        break;
                    }
                    double v = Math.max(width[i][j], best[n - 1][j]);
                    if (v < best[n][i]) {
                        best[n][i] = v;
                        next[n][i] = j;
                    }
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        for (int n = lines; n > 0 && i < k; n--) {
            int j = next[n][i];
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(String.join(" ", Arrays.copyOfRange(words, i, j)));
            i = j;
        }
        return sb.toString();
    }

    /** Draws {@code markup} with its anchor at (x, y), rotated {@code rotationDeg} counter-clockwise about it. */
    public static void draw(Graphics2D g0, String markup, float size, Color color, double x, double y,
            TextAnchor anchor, double rotationDeg) {
        draw(g0, layout(markup, size), markup, color, x, y, anchor, rotationDeg);
    }

    static void draw(Graphics2D g0, Block b, String markup, Color color, double x, double y, TextAnchor anchor,
            double rotationDeg) {
        Graphics2D g = (Graphics2D) g0.create();
        try {
            g.translate(x, y);
            if (rotationDeg != 0) {
                g.rotate(-Math.toRadians(rotationDeg));
            }
            g.setColor(color);
            double left = -anchor.fx() * b.width();
            double top = -anchor.fy() * b.height();
            for (Row row : b.rows()) {
                double baseline = top + row.ascent();
                double x0 = left + anchor.fx() * (b.width() - row.width());
                for (int k = 0; k < row.runs().size(); k++) {
                    Run r = row.runs().get(k);
                    if (r.text().isEmpty()) {
                        continue;
                    }
                    double shift = r.shift() > 0 ? -SUP_RAISE * b.size() : r.shift() < 0 ? SUB_DROP * b.size() : 0;
                    g.setFont(font(b.size(), r.shift()));
                    g.drawString(r.text(), (float) (x0 + row.xs()[k]), (float) (baseline + shift));
                }
                top += row.ascent() + row.descent() + LEADING * b.size();
            }
            TextLog.record(g, plain(markup), box(b, 0, 0, anchor));
        } finally {
            g.dispose();
        }
    }
}
