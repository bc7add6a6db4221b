package org.iblrnn.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Measured text on a PDF content stream: single lines, right-aligned lines, word wrapping, ellipsis. */
final class PdfText {

    private PdfText() {
    }

    /** Draws {@code s} with its baseline starting at (x, y). */
    static void show(PDPageContentStream cs, PDFont font, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(ReportFonts.encodable(font, s));
        cs.endText();
    }

    /** Draws {@code s} with its baseline ending at (right, y). */
    static void showRight(PDPageContentStream cs, PDFont font, float size, float right, float y, String s)
            throws IOException {
        show(cs, font, size, right - ReportFonts.width(font, size, s), y, s);
    }

    /** {@code s} shortened with "…" (or "..." when the font lacks it) to at most {@code max} points. */
    static String fit(PDFont font, float size, String s, float max) {
        String t = s == null ? "" : s;
        if (ReportFonts.width(font, size, t) <= max + 0.01f) { // tolerate float round-off of measured widths
            return t;
        }
        String dots = ReportFonts.encodable(font, "\u2026").equals("\u2026") ? "\u2026" : "...";
        while (!t.isEmpty() && ReportFonts.width(font, size, t + dots) > max) {
            t = t.substring(0, t.length() - 1);
        }
        return t.stripTrailing() + dots;
    }

    /** Words of {@code s} wrapped into lines of at most {@code max} points (a longer single word gets a line). */
    static List<String> wrap(PDFont font, float size, String s, float max) {
        List<String> lines = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String word : s.trim().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String trial = cur.length() == 0 ? word : cur + " " + word;
            if (ReportFonts.width(font, size, trial) > max && cur.length() > 0) {
                lines.add(cur.toString());
                cur = new StringBuilder(word);
            } else {
                cur = new StringBuilder(trial);
            }
        }
        if (cur.length() > 0) {
            lines.add(cur.toString());
        }
        return lines;
    }

    /** Width of the widest word of {@code s}. */
    static float widestWord(PDFont font, float size, String s) {
        float w = 0;
        for (String word : s.trim().split("\\s+")) {
            w = Math.max(w, ReportFonts.width(font, size, word));
        }
        return w;
    }
}
