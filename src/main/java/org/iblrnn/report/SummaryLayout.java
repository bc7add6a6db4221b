package org.iblrnn.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Lays out the summary pages: the title and the facts across the top of the first page, then a main column (headings,
 * tables, notes) and, when figures are indexed, the figure index in a narrower column beside it. Each column flows
 * onto further pages independently; a table continued on a new page repeats its header. Table columns are measured:
 * headers wrap onto several lines instead of being cut, numbers are right-aligned.
 */
final class SummaryLayout {

    static final float MARGIN = 36f;
    static final float GUTTER = 22f;
    static final float INDEX_WIDTH = 270f;
    static final float TITLE_SIZE = 16f;
    static final float FACT_SIZE = 8f;
    static final float FACT_LINE = 10.5f;
    static final float HEADING_SIZE = 10f;
    static final float CELL_SIZE = 8f;
    static final float ROW = 9.6f;
    static final float NOTE_SIZE = 7f;
    static final float NOTE_LINE = 8.6f;
    static final float INDEX_SIZE = 7f;
    static final float INDEX_LINE = 8.6f;
    static final float CELL_PAD = 7f;

    /** Main-column content. */
    sealed interface Block permits Heading, Table, Note {
    }

    record Heading(String text) implements Block {
    }

    /**
     * A table; {@code notes} are printed under it in small type; {@code align} gives each column's alignment (empty:
     * text columns left, number columns right, columns of single marks centred).
     */
    record Table(List<String> header, List<List<String>> rows, List<String> notes, List<PdfReport.Align> align)
            implements Block {
    }

    record Note(String text) implements Block {
    }

    /** One entry of the figure index; {@code page} is the 0-based page index of the figure page. */
    record IndexEntry(String section, String title, int page) {
    }

    /** Something placed on a summary page: a link target (index entry) or nothing. */
    record Link(float x, float y, float width, float height, int page) {
    }

    /** A laid-out line or block of the flow. */
    private interface Item {
        float height();

        /** Draws with its top edge at {@code top}; returns a link to add, or null. */
        Link draw(PDPageContentStream cs, float x, float top, float width, int pageOffset) throws IOException;
    }

    private final ReportFonts fonts;
    private final PDRectangle page;
    private final String title;
    private final Map<String, String> facts;
    private final List<List<Item>> mainPages;
    private final List<List<Item>> indexPages;

    SummaryLayout(ReportFonts fonts, PDRectangle page, String title, Map<String, String> facts, List<Block> blocks,
                  List<IndexEntry> index) {
        this.fonts = fonts;
        this.page = page;
        this.title = title;
        this.facts = facts;
        float full = page.getWidth() - 2 * MARGIN;
        float mainWidth = index.isEmpty() ? full : full - INDEX_WIDTH - GUTTER;
        float firstHeight = page.getHeight() - 2 * MARGIN - headerHeight();
        float otherHeight = page.getHeight() - 2 * MARGIN;
        this.mainPages = paginate(mainItems(blocks, mainWidth), firstHeight, otherHeight);
        this.indexPages = index.isEmpty() ? List.of() : paginate(indexItems(index), firstHeight, otherHeight);
    }

    /** Number of summary pages. */
    int pages() {
        return Math.max(1, Math.max(mainPages.size(), indexPages.size()));
    }

    /** Draws summary page {@code p}; figure page indices in the index are shifted by {@code pageOffset}. */
    List<Link> draw(PDPageContentStream cs, int p, int pageOffset) throws IOException {
        List<Link> links = new ArrayList<>();
        float top = page.getHeight() - MARGIN;
        if (p == 0) {
            drawHeader(cs, top);
            top -= headerHeight();
        }
        float full = page.getWidth() - 2 * MARGIN;
        float mainWidth = indexPages.isEmpty() ? full : full - INDEX_WIDTH - GUTTER;
        drawColumn(cs, p < mainPages.size() ? mainPages.get(p) : List.of(), MARGIN, top, mainWidth, pageOffset, links);
        if (p < indexPages.size()) {
            float x = MARGIN + mainWidth + GUTTER;
            cs.setStrokingColor(0.8f, 0.8f, 0.8f);
            cs.setLineWidth(0.5f);
            cs.moveTo(x - GUTTER / 2, top);
            cs.lineTo(x - GUTTER / 2, MARGIN);
            cs.stroke();
            cs.setStrokingColor(0f, 0f, 0f);
            drawColumn(cs, indexPages.get(p), x, top, INDEX_WIDTH, pageOffset, links);
        }
        return links;
    }

    private static void drawColumn(PDPageContentStream cs, List<Item> items, float x, float top, float width,
                                   int pageOffset, List<Link> links) throws IOException {
        float y = top;
        for (Item it : items) {
            Link l = it.draw(cs, x, y, width, pageOffset);
            if (l != null) {
                links.add(l);
            }
            y -= it.height();
        }
    }

    // ------------------------------------------------------------------ header: title and facts

    private float headerHeight() {
        return TITLE_SIZE + 10 + (float) Math.ceil(facts.size() / 2.0) * FACT_LINE + 10;
    }

    private void drawHeader(PDPageContentStream cs, float top) throws IOException {
        float full = page.getWidth() - 2 * MARGIN;
        PdfText.show(cs, fonts.bold(), TITLE_SIZE, MARGIN, top - TITLE_SIZE,
                PdfText.fit(fonts.bold(), TITLE_SIZE, title, full));
        float y = top - TITLE_SIZE - 10;
        float half = (full - GUTTER) / 2;
        float label = 0;
        for (String k : facts.keySet()) {
            label = Math.max(label, ReportFonts.width(fonts.bold(), FACT_SIZE, k + ":"));
        }
        label = Math.min(label + 6, half / 3);
        int i = 0;
        for (Map.Entry<String, String> e : facts.entrySet()) {
            float x = MARGIN + (i % 2) * (half + GUTTER);
            float base = y - (i / 2) * FACT_LINE - FACT_SIZE;
            PdfText.show(cs, fonts.bold(), FACT_SIZE, x, base, PdfText.fit(fonts.bold(), FACT_SIZE, e.getKey() + ":",
                    label - 4));
            PdfText.show(cs, fonts.regular(), FACT_SIZE, x + label, base,
                    PdfText.fit(fonts.regular(), FACT_SIZE, e.getValue(), half - label));
            i++;
        }
    }

    // ------------------------------------------------------------------ main column

    private List<Item> mainItems(List<Block> blocks, float width) {
        List<Item> items = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Heading h) {
                items.add(new HeadingItem(h.text()));
            } else if (b instanceof Note n) {
                for (String line : PdfText.wrap(fonts.italic(), NOTE_SIZE, n.text(), width)) {
                    items.add(new TextItem(fonts.italic(), NOTE_SIZE, NOTE_LINE, line));
                }
                items.add(new Gap(4));
            } else if (b instanceof Table t) {
                tableItems(t, width, items);
            }
        }
        return items;
    }

    private void tableItems(Table t, float width, List<Item> items) {
        int n = t.header().size();
        float size = CELL_SIZE;
        float[] w = columnWidths(t, size, false);
        if (sum(w) > width) {
            w = columnWidths(t, size, true);
        }
        while (sum(w) > width && size > 6f) {
            size -= 0.5f;
            w = columnWidths(t, size, true);
        }
        if (sum(w) > width) {
            // last resort: narrow the first (label) column, whose cells are then shortened
            w[0] = Math.max(40, w[0] - (sum(w) - width));
        }
        if (sum(w) < width && n > 1) {
            w[0] += width - sum(w);
        }
        boolean[] left = leftAligned(t);
        boolean[] centre = centred(t);
        for (int c = 0; c < t.align().size(); c++) {
            left[c] = t.align().get(c) == PdfReport.Align.LEFT;
            centre[c] = t.align().get(c) == PdfReport.Align.CENTER;
        }
        List<List<String>> headerLines = new ArrayList<>();
        int lines = 1;
        for (int c = 0; c < n; c++) {
            List<String> hl = PdfText.wrap(fonts.bold(), size, t.header().get(c), w[c] - CELL_PAD);
            headerLines.add(hl);
            lines = Math.max(lines, hl.size());
        }
        HeaderItem header = new HeaderItem(headerLines, w, left, centre, size, lines);
        items.add(new Gap(2));
        items.add(header);
        for (List<String> row : t.rows()) {
            items.add(new RowItem(row, w, left, centre, size, header));
        }
        for (String note : t.notes()) {
            for (String line : PdfText.wrap(fonts.italic(), NOTE_SIZE, note, width)) {
                items.add(new TextItem(fonts.italic(), NOTE_SIZE, NOTE_LINE, line));
            }
        }
        items.add(new Gap(8));
    }

    /**
     * Natural column widths: the widest cell and the whole header ({@code wrapHeaders}: only its widest word, so the
     * header wraps onto several lines).
     */
    private float[] columnWidths(Table t, float size, boolean wrapHeaders) {
        int n = t.header().size();
        float[] w = new float[n];
        for (int c = 0; c < n; c++) {
            String h = t.header().get(c);
            w[c] = (wrapHeaders ? PdfText.widestWord(fonts.bold(), size, h) : ReportFonts.width(fonts.bold(), size, h))
                    + CELL_PAD;
            for (List<String> row : t.rows()) {
                if (!isGroup(row)) {
                    w[c] = Math.max(w[c], ReportFonts.width(fonts.regular(), size, row.get(c)) + CELL_PAD);
                }
            }
        }
        return w;
    }

    /** A row whose cells after the first are all empty is a group heading spanning the table. */
    static boolean isGroup(List<String> row) {
        if (row.size() < 2 || row.get(0).isEmpty()) {
            return false;
        }
        for (int c = 1; c < row.size(); c++) {
            if (!row.get(c).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Columns whose cells are all single characters (marks such as ✓) are centred. */
    private static boolean[] centred(Table t) {
        int n = t.header().size();
        boolean[] centre = new boolean[n];
        for (int c = 1; c < n; c++) {
            boolean any = false;
            boolean single = true;
            for (List<String> row : t.rows()) {
                String v = row.get(c);
                if (!v.isEmpty()) {
                    any = true;
                    single &= v.codePointCount(0, v.length()) == 1;
                }
            }
            centre[c] = any && single;
        }
        return centre;
    }

    /** Text columns (most cells start with a letter) are left-aligned, the others right-aligned. */
    private static boolean[] leftAligned(Table t) {
        int n = t.header().size();
        boolean[] left = new boolean[n];
        left[0] = true;
        for (int c = 1; c < n; c++) {
            int letters = 0;
            int cells = 0;
            for (List<String> row : t.rows()) {
                String v = row.get(c);
                if (!v.isEmpty() && !isGroup(row)) {
                    cells++;
                    if (Character.isLetter(v.codePointAt(0))) {
                        letters++;
                    }
                }
            }
            left[c] = cells > 0 && 2 * letters > cells;
        }
        return left;
    }

    private static float sum(float[] w) {
        float s = 0;
        for (float v : w) {
            s += v;
        }
        return s;
    }

    private final class HeadingItem implements Item {
        private final String text;

        HeadingItem(String text) {
            this.text = text;
        }

        @Override
        public float height() {
            return HEADING_SIZE + 6;
        }

        @Override
        public Link draw(PDPageContentStream cs, float x, float top, float width, int pageOffset) throws IOException {
            PdfText.show(cs, fonts.bold(), HEADING_SIZE, x, top - HEADING_SIZE - 2,
                    PdfText.fit(fonts.bold(), HEADING_SIZE, text, width));
            return null;
        }
    }

    private final class TextItem implements Item {
        private final PDFont font;
        private final float size;
        private final float line;
        private final String text;

        TextItem(PDFont font, float size, float line, String text) {
            this.font = font;
            this.size = size;
            this.line = line;
            this.text = text;
        }

        @Override
        public float height() {
            return line;
        }

        @Override
        public Link draw(PDPageContentStream cs, float x, float top, float width, int pageOffset) throws IOException {
            PdfText.show(cs, font, size, x, top - size, PdfText.fit(font, size, text, width));
            return null;
        }
    }

    private record Gap(float height) implements Item {
        @Override
        public Link draw(PDPageContentStream cs, float x, float top, float width, int pageOffset) {
            return null;
        }
    }

    /** A table's header: bold, wrapped, bottom-aligned, with a rule under it. */
    private final class HeaderItem implements Item {
        private final List<List<String>> lines;
        private final float[] widths;
        private final boolean[] left;
        private final boolean[] centre;
        private final float size;
        private final int count;

        HeaderItem(List<List<String>> lines, float[] widths, boolean[] left, boolean[] centre, float size,
                   int count) {
            this.lines = lines;
            this.widths = widths;
            this.left = left;
            this.centre = centre;
            this.size = size;
            this.count = count;
        }

        @Override
        public float height() {
            return count * (size + 1.5f) + 4;
        }

        @Override
        public Link draw(PDPageContentStream cs, float x, float top, float width, int pageOffset) throws IOException {
            float cx = x;
            for (int c = 0; c < widths.length; c++) {
                List<String> ls = lines.get(c);
                for (int i = 0; i < ls.size(); i++) {
                    // bottom-aligned: the last line of every header sits on the same baseline
                    float base = top - (count - ls.size() + i + 1) * (size + 1.5f);
                    cell(cs, fonts.bold(), size, cx, widths[c], left[c], centre[c], base, ls.get(i));
                }
                cx += widths[c];
            }
            float rule = top - height() + 1.5f;
            cs.setLineWidth(0.6f);
            cs.moveTo(x, rule);
            cs.lineTo(x + sum(widths), rule);
            cs.stroke();
            return null;
        }
    }

    /** Draws a cell's text left-aligned, centred or right-aligned. */
    private static void cell(PDPageContentStream cs, PDFont font, float size, float x, float width, boolean left,
                             boolean centre, float base, String text) throws IOException {
        if (left) {
            PdfText.show(cs, font, size, x, base, PdfText.fit(font, size, text, width - CELL_PAD));
        } else if (centre) {
            float tw = ReportFonts.width(font, size, text);
            PdfText.show(cs, font, size, x + (width - CELL_PAD / 2 - tw) / 2, base, text);
        } else {
            PdfText.showRight(cs, font, size, x + width - CELL_PAD / 2, base,
                    PdfText.fit(font, size, text, width - CELL_PAD));
        }
    }

    /** One table row (a group heading when only its first cell is filled). */
    private final class RowItem implements Item {
        private final List<String> cells;
        private final float[] widths;
        private final boolean[] left;
        private final boolean[] centre;
        private final float size;
        private final HeaderItem header;
        private final boolean group;

        RowItem(List<String> cells, float[] widths, boolean[] left, boolean[] centre, float size, HeaderItem header) {
            this.cells = cells;
            this.widths = widths;
            this.left = left;
            this.centre = centre;
            this.size = size;
            this.header = header;
            this.group = isGroup(cells);
        }

        @Override
        public float height() {
            return Math.max(ROW, size + 2.5f) + (group ? 3 : 0);
        }

        @Override
        public Link draw(PDPageContentStream cs, float x, float top, float width, int pageOffset) throws IOException {
            float base = top - height() + 3;
            if (group) {
                PdfText.show(cs, fonts.bold(), size, x, base, PdfText.fit(fonts.bold(), size, cells.get(0), sum(widths)));
                return null;
            }
            float cx = x;
            for (int c = 0; c < widths.length; c++) {
                cell(cs, fonts.regular(), size, cx, widths[c], left[c], centre[c], base, cells.get(c));
                cx += widths[c];
            }
            if (widths.length > 1 && left[0] && !left[1] && !centre[1]) {
                leader(cs, x, base);
            }
            return null;
        }

        /**
         * Dots from the label to the right-aligned value, as text: they guide the eye across the gap, and text
         * extraction (pdftotext, copy and paste) then keeps a row's label and values on one line.
         */
        private void leader(PDPageContentStream cs, float x, float base) throws IOException {
            float from = x + ReportFonts.width(fonts.regular(), size, PdfText.fit(fonts.regular(), size, cells.get(0),
                    widths[0] - CELL_PAD)) + 3;
            float to = x + widths[0] + widths[1] - CELL_PAD / 2
                    - ReportFonts.width(fonts.regular(), size, cells.get(1)) - 3;
            float dot = ReportFonts.width(fonts.regular(), size, ". ");
            int n = (int) Math.floor((to - from) / dot);
            if (n < 2) {
                return;
            }
            cs.setNonStrokingColor(0.6f, 0.6f, 0.6f);
            PdfText.show(cs, fonts.regular(), size, to - n * dot, base, ". ".repeat(n).stripTrailing());
            cs.setNonStrokingColor(0f, 0f, 0f);
        }
    }

    // ------------------------------------------------------------------ figure index

    private List<Item> indexItems(List<IndexEntry> index) {
        List<Item> items = new ArrayList<>();
        items.add(new HeadingItem("Figures"));
        String section = null;
        for (IndexEntry e : index) {
            if (!e.section().equals(section)) {
                section = e.section();
                items.add(new Gap(2));
                items.add(new TextItem(fonts.bold(), INDEX_SIZE, INDEX_LINE, section));
            }
            items.add(new IndexItem(e));
        }
        return items;
    }

    /** "title ...... page", clickable. */
    private final class IndexItem implements Item {
        private final IndexEntry entry;

        IndexItem(IndexEntry entry) {
            this.entry = entry;
        }

        @Override
        public float height() {
            return INDEX_LINE;
        }

        @Override
        public Link draw(PDPageContentStream cs, float x, float top, float width, int pageOffset) throws IOException {
            String number = Integer.toString(entry.page() + pageOffset + 1);
            float numberWidth = ReportFonts.width(fonts.regular(), INDEX_SIZE, "000");
            float base = top - INDEX_SIZE;
            String t = PdfText.fit(fonts.regular(), INDEX_SIZE, entry.title(), width - numberWidth - 8);
            PdfText.show(cs, fonts.regular(), INDEX_SIZE, x + 6, base, t);
            PdfText.showRight(cs, fonts.regular(), INDEX_SIZE, x + width, base, number);
            float start = x + 6 + ReportFonts.width(fonts.regular(), INDEX_SIZE, t) + 2;
            float end = x + width - ReportFonts.width(fonts.regular(), INDEX_SIZE, number) - 2;
            if (end > start) {
                // a dotted leader from the title to the page number
                cs.setLineWidth(0.4f);
                cs.setLineDashPattern(new float[] {0.4f, 1.6f}, 0);
                cs.moveTo(start, base + 0.5f);
                cs.lineTo(end, base + 0.5f);
                cs.stroke();
                cs.setLineDashPattern(new float[0], 0);
            }
            return new Link(x, top - INDEX_LINE, width, INDEX_LINE, entry.page() + pageOffset);
        }
    }

    // ------------------------------------------------------------------ pagination

    private static List<List<Item>> paginate(List<Item> items, float firstHeight, float otherHeight) {
        List<List<Item>> pages = new ArrayList<>();
        List<Item> cur = new ArrayList<>();
        float room = firstHeight;
        HeaderItem lastHeader = null;
        for (Item it : items) {
            if (it instanceof HeaderItem h) {
                lastHeader = h;
            }
            // keep a heading or a table header with what follows it
            float need = it.height() + (it instanceof HeaderItem ? ROW : it instanceof HeadingItem ? 3 * ROW : 0);
            if (need > room && !cur.isEmpty()) {
                pages.add(cur);
                cur = new ArrayList<>();
                room = otherHeight;
                if (it instanceof Gap) {
                    continue;
                }
                if (it instanceof RowItem r && r.header == lastHeader) {
                    cur.add(lastHeader);
                    room -= lastHeader.height();
                }
            }
            cur.add(it);
            room -= it.height();
        }
        if (!cur.isEmpty()) {
            pages.add(cur);
        }
        return pages;
    }
}
