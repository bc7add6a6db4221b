package org.iblrnn.behaviour;

import org.iblrnn.io.InvalidInputException;
import org.iblrnn.io.AtomicFiles;
import org.iblrnn.io.InputFiles;
import org.iblrnn.io.IoErrors;
import java.io.BufferedWriter;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads and writes the IBL "changepoint" CSV format ({@code trial_num, session_num, stim_probability_left,
 * contrast, position, response_choice, trial_correct, reaction_time}), the format of the May 2020 mouse
 * files and of our agents' exported behaviour.
 *
 * <p>Reading validates every field (see {@link IblTrials} for the rules) and fails on the first bad value with
 * an {@link InvalidInputException} such as {@code "KS014.csv:17: column 'contrast' = 'abc' is not a number
 * (expected a finite contrast ...)"} (line numbers are 1-based and count the header). Columns are matched by
 * header name, in any order; extra columns are ignored; blank lines are skipped; CRLF, a UTF-8 BOM and fields in
 * double quotes (RFC 4180, e.g. {@code "0.5"}; not spanning lines) are accepted; a file without trial rows is
 * refused. A file whose name ends in {@code .gz} is gunzipped first, so data may be kept compressed
 * ({@code KS014.csv.gz} is the source "KS014"). Files are parsed in parallel with hand-written byte-level parsing
 * (the 54 mouse files, 1.3 M rows, take about a second), and the result always follows the order of the given
 * files.
 */
public final class IblCsv {

    /** Suffix of the end-of-training files, which {@link #readDirectory} leaves out (gzipped or not). */
    public static final String ENDTRAIN_SUFFIX = "_endtrain.csv";
    /** Suffix of a gzip-compressed file, read transparently. */
    public static final String GZIP_SUFFIX = ".gz";

    private static final String HEADER = String.join(",", TrialRules.COLUMNS);

    private IblCsv() {
    }

    /**
     * Reads every {@code *.csv} and {@code *.csv.gz} in {@code dir} except {@code *_endtrain.csv[.gz]}, in
     * file-name order.
     *
     * @throws InvalidInputException if dir is not a directory, holds no such file, holds a source both plain
     *                                  and gzipped, or a file is invalid
     */
    public static IblTrials readDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(dir + " is not a directory (expected a folder of IBL *.csv files)");
        }
        List<Path> files = listTrialFiles(dir);
        if (files.isEmpty()) {
            throw new InvalidInputException(dir + " contains no *.csv or *.csv.gz file other than *"
                    + ENDTRAIN_SUFFIX);
        }
        return read(files);
    }

    /**
     * Reads the given files (whatever their names) and concatenates them in the given order. Each file is one
     * source, named by its file name without ".csv" or ".csv.gz"; files ending in ".gz" are gunzipped.
     *
     * @throws InvalidInputException for a missing file or the first invalid value (in file order)
     * @throws UncheckedIOException     for other I/O failures
     */
    public static IblTrials read(List<Path> files) {
        IblTrials[] parts = new IblTrials[files.size()];
        RuntimeException[] errors = new RuntimeException[files.size()];
        IntStream.range(0, files.size()).parallel().forEach(i -> {
            try {
                parts[i] = readFile(files.get(i));
            } catch (RuntimeException e) {
                errors[i] = e;
            }
        });
        for (RuntimeException e : errors) {
            if (e != null) {
                throw e;
            }
        }
        return IblTrials.concat(Arrays.asList(parts));
    }

    /**
     * Writes {@code trials} (all sources, in row order) as one CSV with the standard header, atomically: the
     * data go to a temporary file in the same directory which then replaces {@code file}. Missing reaction
     * times are written as empty fields; numbers use Java's shortest round-tripping form, so reading the file
     * back gives identical values.
     */
    public static void write(Path file, IblTrials trials) {
        try {
            AtomicFiles.write(file, out -> {
                BufferedWriter w = new BufferedWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8));
                w.write(HEADER);
                w.write('\n');
                StringBuilder sb = new StringBuilder(96);
                for (int i = 0; i < trials.size(); i++) {
                    sb.setLength(0);
                    sb.append(trials.trialNum(i)).append(',')
                            .append(trials.sessionNum(i)).append(',')
                            .append(trials.stimProbabilityLeft(i)).append(',')
                            .append(trials.contrast(i)).append(',')
                            .append(trials.position(i)).append(',')
                            .append(trials.responseChoice(i)).append(',')
                            .append((double) trials.trialCorrect(i)).append(',');
                    double rt = trials.reactionTime(i);
                    if (!Double.isNaN(rt)) {
                        sb.append(rt);
                    }
                    sb.append('\n');
                    w.append(sb);
                }
                w.flush();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(IoErrors.writing(file.toAbsolutePath(), e), e);
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // parsing

    private static IblTrials readFile(Path file) {
        String name = file.getFileName().toString();
        boolean gzipped = name.endsWith(GZIP_SUFFIX);
        byte[] buf;
        if (Files.exists(file)) {
            InputFiles.requireRegularFile(file, "CSV file");
        }
        try {
            buf = gzipped ? gunzip(file) : Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + ": no such file (expected an IBL trial CSV)");
        } catch (ZipException | EOFException e) {
            throw new InvalidInputException(name + ": not a complete gzip file (" + e.getMessage()
                    + "; expected a gzip-compressed IBL trial CSV, or rename it without .gz)");
        } catch (IOException e) {
            throw new UncheckedIOException(IoErrors.reading(file, e), e);
        }
        return new FileParser(name, sourceName(name), buf).parse();
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
            return in.readAllBytes();
        }
    }

    /** The file name without ".gz" and then without ".csv". */
    private static String sourceName(String fileName) {
        String s = fileName.endsWith(GZIP_SUFFIX) ? fileName.substring(0, fileName.length() - GZIP_SUFFIX.length())
                : fileName;
        return s.endsWith(".csv") ? s.substring(0, s.length() - 4) : s;
    }

    /** Single-use parser of one file's bytes. */
    private static final class FileParser {
        private static final long MAX_EXACT = 1L << 53;
        private static final double[] POW10 = new double[23];

        static {
            POW10[0] = 1;
            for (int k = 1; k < POW10.length; k++) {
                POW10[k] = POW10[k - 1] * 10;
            }
        }

        private final String fileName;
        private final String source;
        private final byte[] buf;
        private int lineNo;
        /** Field boundaries of the current line: start[k], end[k] (exclusive, trimmed). */
        private int[] start = new int[16];
        private int[] end = new int[16];

        FileParser(String fileName, String source, byte[] buf) {
            this.fileName = fileName;
            this.source = source;
            this.buf = buf;
        }

        IblTrials parse() {
            int pos = 0;
            if (buf.length >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) {
                pos = 3;
            }
            // header
            int lineEnd = lineEnd(pos);
            lineNo = 1;
            if (pos >= buf.length) {
                throw error("file is empty (expected the header " + HEADER + ")");
            }
            int nFields = split(pos, lineEnd);
            int[] col = new int[TrialRules.COLUMNS.length];
            Arrays.fill(col, -1);
            for (int k = 0; k < nFields; k++) {
                String h = new String(buf, start[k], end[k] - start[k], StandardCharsets.UTF_8);
                for (int c = 0; c < TrialRules.COLUMNS.length; c++) {
                    if (TrialRules.COLUMNS[c].equals(h)) {
                        if (col[c] >= 0) {
                            throw error("header repeats column '" + h + "' (expected each of " + HEADER
                                    + " once)");
                        }
                        col[c] = k;
                    }
                }
            }
            for (int c = 0; c < col.length; c++) {
                if (col[c] < 0) {
                    throw error("header is missing column '" + TrialRules.COLUMNS[c] + "' (expected the header "
                            + HEADER + ")");
                }
            }
            int capacity = 1;
            for (int i = lineEnd; i < buf.length; i++) {
                if (buf[i] == '\n') {
                    capacity++;
                }
            }
            int[] tn = new int[capacity];
            int[] sn = new int[capacity];
            double[] pl = new double[capacity];
            double[] ct = new double[capacity];
            double[] ps = new double[capacity];
            byte[] rc = new byte[capacity];
            byte[] tc = new byte[capacity];
            double[] rt = new double[capacity];
            int n = 0;
            pos = next(lineEnd);
            while (pos < buf.length) {
                lineEnd = lineEnd(pos);
                lineNo++;
                if (isBlank(pos, lineEnd)) {
                    pos = next(lineEnd);
                    continue;
                }
                int found = split(pos, lineEnd);
                if (found != nFields) {
                    throw error("expected " + nFields + " comma-separated fields but found " + found);
                }
                int c = 0;
                try {
                    tn[n] = TrialRules.trialNum(number(col[c], TrialRules.TRIAL_NUM, false));
                    c = 1;
                    sn[n] = TrialRules.sessionNum(number(col[c], TrialRules.SESSION_NUM, false));
                    c = 2;
                    pl[n] = TrialRules.stimProbabilityLeft(number(col[c], TrialRules.STIM_PROBABILITY_LEFT, false));
                    c = 3;
                    ct[n] = TrialRules.contrast(number(col[c], TrialRules.CONTRAST, false));
                    c = 4;
                    ps[n] = TrialRules.position(number(col[c], TrialRules.POSITION, false));
                    c = 5;
                    rc[n] = (byte) TrialRules.responseChoice(number(col[c], TrialRules.RESPONSE_CHOICE, false));
                    c = 6;
                    tc[n] = (byte) TrialRules.trialCorrect(number(col[c], TrialRules.TRIAL_CORRECT, false));
                    c = 7;
                    rt[n] = TrialRules.reactionTime(number(col[c], TrialRules.REACTION_TIME, true));
                } catch (TrialRules.Invalid e) {
                    int k = col[c];
                    throw error("column '" + TrialRules.COLUMNS[c] + "' = '" + field(k) + "' is not allowed ("
                            + e.expectation + ")");
                }
                n++;
                pos = next(lineEnd);
            }
            if (n == 0) {
                throw error("no trial rows after the header (expected one row per trial)");
            }
            return new IblTrials(List.of(source), new int[n], Arrays.copyOf(tn, n), Arrays.copyOf(sn, n),
                    Arrays.copyOf(pl, n), Arrays.copyOf(ct, n), Arrays.copyOf(ps, n), Arrays.copyOf(rc, n),
                    Arrays.copyOf(tc, n), Arrays.copyOf(rt, n));
        }

        private InvalidInputException error(String what) {
            return new InvalidInputException(fileName + ":" + lineNo + ": " + what);
        }

        /** Index of the '\n' ending the line starting at pos, or buf.length. */
        private int lineEnd(int pos) {
            int i = pos;
            while (i < buf.length && buf[i] != '\n') {
                i++;
            }
            return i;
        }

        private int next(int lineEnd) {
            return lineEnd + 1;
        }

        private boolean isBlank(int from, int to) {
            for (int i = from; i < to; i++) {
                byte b = buf[i];
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }

        /**
         * Splits [from, to) at commas into trimmed fields; returns the field count. A field in double quotes (RFC
         * 4180, as spreadsheets write it) may contain commas; the quotes are not part of the value.
         */
        private int split(int from, int to) {
            int k = 0;
            int i = from;
            while (true) {
                if (k == start.length) {
                    start = Arrays.copyOf(start, 2 * k);
                    end = Arrays.copyOf(end, 2 * k);
                }
                int a = i;
                while (a < to && isSpace(buf[a])) {
                    a++;
                }
                int b;
                int next;
                if (a < to && buf[a] == '"') {
                    int close = closingQuote(a + 1, to);
                    a++;
                    b = close;
                    next = close + 1;
                    while (next < to && isSpace(buf[next])) {
                        next++;
                    }
                    if (next < to && buf[next] != ',') {
                        throw error("field " + (k + 1) + " has text after its closing quote (expected a comma)");
                    }
                } else {
                    next = a;
                    while (next < to && buf[next] != ',') {
                        next++;
                    }
                    b = next;
                    while (b > a && isSpace(buf[b - 1])) {
                        b--;
                    }
                }
                start[k] = a;
                end[k] = b;
                k++;
                if (next >= to) {
                    return k;
                }
                i = next + 1;
            }
        }

        /** Index of the quote closing a field whose content starts at {@code from}; a doubled quote is content. */
        private int closingQuote(int from, int to) {
            int i = from;
            while (i < to) {
                if (buf[i] == '"') {
                    if (i + 1 < to && buf[i + 1] == '"') {
                        i += 2;
                        continue;
                    }
                    return i;
                }
                i++;
            }
            throw error("a quoted field has no closing quote (quoted fields cannot span lines)");
        }

        private static boolean isSpace(byte b) {
            return b == ' ' || b == '\t' || b == '\r';
        }

        private String field(int k) {
            return new String(buf, start[k], end[k] - start[k], StandardCharsets.UTF_8);
        }

        /**
         * Parses field k as a decimal number. Plain decimals with at most 2^53 as digits and 22 fraction digits
         * are converted exactly (m / 10^f, both exact, one correctly rounded division); anything else that looks
         * numeric goes through {@link Double#parseDouble}. "nan" (any case) is NaN; an empty field is NaN when
         * {@code emptyIsNaN}.
         */
        private double number(int k, String column, boolean emptyIsNaN) {
            int a = start[k];
            int b = end[k];
            if (a == b) {
                if (emptyIsNaN) {
                    return Double.NaN;
                }
                throw error("column '" + column + "' is empty (" + TrialRules.expectation(column) + ")");
            }
            int i = a;
            boolean negative = false;
            if (buf[i] == '-' || buf[i] == '+') {
                negative = buf[i] == '-';
                i++;
            }
            long m = 0;
            int fractionDigits = 0;
            boolean seenDot = false;
            boolean anyDigit = false;
            boolean fast = true;
            for (; i < b; i++) {
                byte ch = buf[i];
                if (ch >= '0' && ch <= '9') {
                    anyDigit = true;
                    m = m * 10 + (ch - '0');
                    if (seenDot) {
                        fractionDigits++;
                    }
                    if (m > MAX_EXACT || fractionDigits >= POW10.length) {
                        fast = false;
                        break;
                    }
                } else if (ch == '.' && !seenDot) {
                    seenDot = true;
                } else {
                    fast = false;
                    break;
                }
            }
            if (fast && anyDigit) {
                double v = fractionDigits == 0 ? (double) m : m / POW10[fractionDigits];
                return negative ? -v : v;
            }
            return slowNumber(k, column);
        }

        private double slowNumber(int k, String column) {
            String s = field(k);
            if (s.equalsIgnoreCase("nan")) {
                return Double.NaN;
            }
            boolean plausible = !s.isEmpty();
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (!((ch >= '0' && ch <= '9') || ch == '.' || ch == '-' || ch == '+' || ch == 'e' || ch == 'E')) {
                    plausible = false;
                    break;
                }
            }
            if (plausible) {
                try {
                    return Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            throw error("column '" + column + "' = '" + s + "' is not a number (" + TrialRules.expectation(column)
                    + ")");
        }
    }

    /**
     * The trial files named by command-line PATHs, in the given order: a directory contributes its
     * {@link #listTrialFiles trial files} (and must have some), a regular file is taken as it is. Anything else is
     * refused before any file is read: a path that does not exist, and a FIFO, socket or device (reading one would
     * block or never end).
     *
     * @throws InvalidInputException naming the path and what was expected
     */
    public static List<Path> resolvePaths(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> inDir = listTrialFiles(p);
                if (inDir.isEmpty()) {
                    throw new InvalidInputException(p + " contains no *.csv or *.csv.gz file other than *"
                            + ENDTRAIN_SUFFIX + " (expected IBL trial CSVs)");
                }
                files.addAll(inDir);
            } else if (!Files.exists(p)) {
                throw new InvalidInputException(p + ": no such file or directory (give IBL trial CSVs or a directory"
                        + " of them)");
            } else {
                files.add(InputFiles.requireRegularFile(p, "CSV file"));
            }
        }
        return files;
    }

    /**
     * The {@code *.csv} and {@code *.csv.gz} files of {@code dir} other than {@code *_endtrain.csv[.gz]}, sorted
     * by name.
     *
     * @throws InvalidInputException if a source is there both plain and gzipped (it would be counted twice)
     */
    public static List<Path> listTrialFiles(Path dir) {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = new ArrayList<>(s.filter(p -> {
                String name = p.getFileName().toString();
                String csv = name.endsWith(GZIP_SUFFIX) ? name.substring(0, name.length() - GZIP_SUFFIX.length()) : name;
                return csv.endsWith(".csv") && !csv.endsWith(ENDTRAIN_SUFFIX) && Files.isRegularFile(p);
            }).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + IoErrors.reason(e), e);
        }
        Set<String> sources = new HashSet<>();
        for (Path p : files) {
            String name = p.getFileName().toString();
            if (!sources.add(sourceName(name))) {
                throw new InvalidInputException(dir + " holds " + sourceName(name) + ".csv both plain and gzipped"
                        + " (keep one of " + sourceName(name) + ".csv and " + sourceName(name) + ".csv.gz)");
            }
        }
        return files;
    }
}
