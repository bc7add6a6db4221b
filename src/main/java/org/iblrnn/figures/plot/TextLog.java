package org.iblrnn.figures.plot;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * A record of every text a drawing put on the page, with its box in device coordinates (pixels for a PNG). Attach
 * one to a graphics before drawing ({@link PngWriter#render(Drawable, double, TextLog)}); {@link RichText} reports
 * each text it draws. Lets tests check that no label is cut off or written over another.
 */
public final class TextLog {

    private static final RenderingHints.Key KEY = new RenderingHints.Key(0x7e47) {
        @Override
        public boolean isCompatibleValue(Object val) {
            return val instanceof TextLog;
        }
    };

    /** One drawn text: its plain characters and its (possibly rotated) box in device coordinates. */
    public record Entry(String text, Shape bounds) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** Makes {@code g} and every graphics created from it report their texts to this log. */
    public void attach(Graphics2D g) {
        g.setRenderingHint(KEY, this);
    }

    /** The texts drawn so far, in drawing order. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Reports a text whose box is given in {@code g}'s user space; does nothing when no log is attached. */
    static void record(Graphics2D g, String text, Shape userBox) {
        if (g.getRenderingHint(KEY) instanceof TextLog log && !text.isBlank()) {
            log.entries.add(new Entry(text, g.getTransform().createTransformedShape(userBox)));
        }
    }
}
