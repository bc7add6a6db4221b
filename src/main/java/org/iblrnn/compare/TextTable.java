package org.iblrnn.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of strings with a header: written as CSV (RFC 4180 quoting) for spreadsheets and pandas, and as aligned
 * plain text for the terminal (numbers right-aligned).
 *
 * @param header column names
 * @param rows   cells, each row as long as the header
 */
public record TextTable(List<String> header, List<List<String>> rows) {

    public TextTable {
        header = List.copyOf(header);
        List<List<String>> copy = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != header.size()) {
                throw new IllegalArgumentException("table row " + i + " has " + rows.get(i).size()
                        + " cells but the header has " + header.size());
            }
            copy.add(List.copyOf(rows.get(i)));
        }
        rows = List.copyOf(copy);
    }

    /** The same table without the named columns (e.g. to fit a PDF page). */
    public TextTable without(String... columns) {
        List<String> drop = List.of(columns);
        List<Integer> keep = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            if (!drop.contains(header.get(c))) {
                keep.add(c);
            }
        }
        List<List<String>> r = new ArrayList<>();
        for (List<String> row : rows) {
            r.add(keep.stream().map(row::get).toList());
        }
        return new TextTable(keep.stream().map(header::get).toList(), r);
    }

    /** CSV text: header line, one line per row, '\n' line ends. */
    public String toCsv() {
        StringBuilder sb = new StringBuilder();
        appendCsv(sb, header);
        rows.forEach(r -> appendCsv(sb, r));
        return sb.toString();
    }

    private static void appendCsv(StringBuilder sb, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cells.get(i);
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        sb.append('\n');
    }

    /** Columns padded to their widest cell, two spaces apart; cells that look numeric are right-aligned. */
    public String toAligned() {
        int[] w = new int[header.size()];
        for (int c = 0; c < w.length; c++) {
            w[c] = header.get(c).length();
            for (List<String> r : rows) {
                w[c] = Math.max(w[c], r.get(c).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        appendAligned(sb, header, w, false);
        for (List<String> r : rows) {
            appendAligned(sb, r, w, true);
        }
        return sb.toString();
    }

    private static void appendAligned(StringBuilder sb, List<String> cells, int[] w, boolean alignNumbers) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            if (c > 0) {
                line.append("  ");
            }
            String s = cells.get(c);
            String pad = " ".repeat(w[c] - s.length());
            line.append(alignNumbers && looksNumeric(s) ? pad + s : s + pad);
        }
        sb.append(line.toString().stripTrailing()).append('\n');
    }

    private static boolean looksNumeric(String s) {
        return !s.isEmpty() && s.matches("[-+]?[0-9.]+( ± [0-9.]+)?( ?%)?|–");
    }
}
