package org.iblrnn.figures.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Stroke;
import java.util.List;
import java.util.Set;

/**
 * The shared look of every ibl-rnn figure, mirroring the original's matplotlib settings:
 * white background, thin black frame, 10 pt text, 6 pt legends, 300 dpi, and the side colour convention
 * (left = orange, right = blue). Constants only; all lengths are in points (1/72 inch).
 */
public final class HouseStyle {

    private HouseStyle() {
    }

    // ---- side colours (the original's side_color_map) ----
    /** Left side / left block / left trial ({@code #ff7f00}). */
    public static final Color LEFT = new Color(0xff7f00);
    /** Right side / right block / right trial ({@code #377eb8}). */
    public static final Color RIGHT = new Color(0x377eb8);
    /** Side-agnostic RNN curves and block-side reference lines ({@code #999999}). */
    public static final Color NEUTRAL = new Color(0x999999);
    /** RNN correct (same blue as right). */
    public static final Color CORRECT = new Color(0x377eb8);
    /** RNN incorrect ({@code #e41a1c}). */
    public static final Color INCORRECT = new Color(0xe41a1c);
    /** RNN timeout ({@code #984ea3}). */
    public static final Color TIMEOUT = new Color(0x984ea3);
    /** Bayesian observer / actor, generic (black). */
    public static final Color IDEAL = Color.BLACK;
    /** Bayesian actor/observer correct ({@code #1b3f5c}). */
    public static final Color IDEAL_CORRECT = new Color(0x1b3f5c);
    /** Bayesian actor incorrect ({@code #720d0e}). */
    public static final Color IDEAL_INCORRECT = new Color(0x720d0e);
    /** Decision-boundary lines in PCA plots ({@code #3f3f3f}). */
    public static final Color STIM_READOUT = new Color(0x3f3f3f);
    /** Block readout ({@code #7f7f7f}); defined by the original, unused there. */
    public static final Color BLOCK_READOUT = new Color(0x7f7f7f);
    /** Model comparison: traditionally distilled RNN ({@code #984ea3}). */
    public static final Color DISTILLED = new Color(0x984ea3);
    /** Model comparison: 50-unit task-trained RNN (matplotlib 'tab:green'). */
    public static final Color TASK_TRAINED = new Color(0x2ca02c);
    /** Model comparison: RADD (matplotlib 'tab:pink'). */
    public static final Color RADD = new Color(0xe377c2);
    /** Model comparison: 2-unit task-trained RNN (matplotlib 'tab:cyan'). */
    public static final Color TWO_UNIT = new Color(0x17becf);

    // ---- matplotlib's default "tab10" cycle ----
    public static final Color TAB_BLUE = new Color(0x1f77b4);
    public static final Color TAB_ORANGE = new Color(0xff7f0e);
    public static final Color TAB_GREEN = new Color(0x2ca02c);
    public static final Color TAB_RED = new Color(0xd62728);
    public static final Color TAB_PURPLE = new Color(0x9467bd);
    public static final Color TAB_BROWN = new Color(0x8c564b);
    public static final Color TAB_PINK = new Color(0xe377c2);
    public static final Color TAB_GREY = new Color(0x7f7f7f);
    public static final Color TAB_OLIVE = new Color(0xbcbd22);
    public static final Color TAB_CYAN = new Color(0x17becf);
    /** Colours given to series that do not set one, in matplotlib's order. */
    public static final List<Color> CYCLE = List.of(TAB_BLUE, TAB_ORANGE, TAB_GREEN, TAB_RED, TAB_PURPLE,
            TAB_BROWN, TAB_PINK, TAB_GREY, TAB_OLIVE, TAB_CYAN);

    // ---- sizes ----
    /** matplotlib's default figure width (inches). */
    public static final double DEFAULT_WIDTH_IN = 6.4;
    /** matplotlib's default figure height (inches). */
    public static final double DEFAULT_HEIGHT_IN = 4.8;
    /** Single-panel figure width used by most of the original's hooks (inches). */
    public static final double SINGLE_WIDTH_IN = 4.0;
    /** Single-panel figure height used by most of the original's hooks (inches). */
    public static final double SINGLE_HEIGHT_IN = 3.0;
    /** Default output resolution. */
    public static final double DPI = 300.0;

    /** Base text size (tick labels, axis labels). */
    public static final float FONT_SIZE = 10f;
    /** Axes title size (matplotlib 'large'). */
    public static final float TITLE_SIZE = 12f;
    /** Figure suptitle size. */
    public static final float SUPTITLE_SIZE = 12f;
    /** Legend text size. */
    public static final float LEGEND_SIZE = 6f;

    /** Default data line width. */
    public static final float LINE_WIDTH = 1.5f;
    /** Frame (spine) and tick width. */
    public static final float AXES_LINE_WIDTH = 0.8f;
    /** Outward tick length. */
    public static final float TICK_LENGTH = 3.5f;
    /** Gap between tick and tick label. */
    public static final float TICK_PAD = 3.5f;
    /** Default marker diameter. */
    public static final double MARKER_SIZE = 6.0;
    /** Alpha of mean ± SEM bands. */
    public static final float BAND_ALPHA = 0.3f;
    /** Fractional padding added around the data range when limits are automatic. */
    public static final double MARGIN = 0.05;

    /** Font family used for all text: DejaVu Sans (matplotlib's default) when installed, else the JVM sans serif. */
    public static final String FONT_FAMILY = pickFamily();

    private static String pickFamily() {
        try {
            Set<String> families = Set.of(
                    GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
            return families.contains("DejaVu Sans") ? "DejaVu Sans" : Font.SANS_SERIF;
        } catch (RuntimeException | Error e) {
            return Font.SANS_SERIF;
        }
    }

    /** The house font at the given size in points. */
    public static Font font(float size) {
        return new Font(FONT_FAMILY, Font.PLAIN, 10).deriveFont(size);
    }

    /** A solid stroke with butt caps and round joins. */
    public static Stroke solid(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND);
    }

    /** matplotlib's '--' dash pattern scaled to the line width. */
    public static Stroke dashed(float width) {
        float w = Math.max(width, 0.5f);
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {3.7f * w, 1.6f * w}, 0f);
    }

    /** matplotlib's ':' dot pattern scaled to the line width. */
    public static Stroke dotted(float width) {
        float w = Math.max(width, 0.5f);
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
                new float[] {0.1f, 1.65f * w}, 0f);
    }

    /** Colour of a side code as used by the task: -1 or 0 = left, +1 = right. */
    public static Color side(int side) {
        return side > 0 ? RIGHT : LEFT;
    }

    /** Display name of a side code: -1 or 0 = "Left", +1 = "Right" (the original's side_string_map). */
    public static String sideName(int side) {
        return side > 0 ? "Right" : "Left";
    }
}
