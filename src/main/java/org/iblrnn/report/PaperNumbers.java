package org.iblrnn.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The numbers a faithful reproduction should land near — the paper's (read from its text or figures), an independent
 * simulation of its Bayesian actor, and the IBL mouse data — each with its source and a tolerance. They ship as the
 * resource {@code paper-numbers.json} beside this class so a report can put them next to a run's own numbers.
 */
public final class PaperNumbers {

    static final String RESOURCE = "paper-numbers.json";

    /**
     * One reference number.
     *
     * @param key       stable identifier, matched to a metrics.json value by {@link PaperComparison}
     * @param section   report section (Behaviour, Representation, ...)
     * @param metric    what is measured, as printed
     * @param value     the reference value, or NaN when it is a range or text only
     * @param low       lower end of a reference range (NaN: none)
     * @param high      upper end of a reference range (NaN: none)
     * @param tolerance how far a run may be from the value or range and still agree (NaN: no check)
     * @param unit      percent, fraction, steps, degrees, count or ratio (how values are printed)
     * @param text      how the reference is printed when it is qualitative (null: from the value)
     * @param source    where it comes from, one of {@link #sources()}
     */
    public record Number(String key, String section, String metric, double value, double low, double high,
                         double tolerance, String unit, String text, String source) {

        /** True when {@code ours} is within the tolerance of the value or range; null when there is nothing to check. */
        public Boolean agrees(double ours) {
            if (Double.isNaN(tolerance) || !Double.isFinite(ours)) {
                return null;
            }
            if (!Double.isNaN(value)) {
                return Math.abs(ours - value) <= tolerance + 1e-12;
            }
            if (!Double.isNaN(low)) {
                return ours >= low - tolerance - 1e-12 && ours <= high + tolerance + 1e-12;
            }
            return null;
        }

        /** The reference as printed: the text, the value or the range in its unit. */
        public String display() {
            if (text != null) {
                return text;
            }
            if (!Double.isNaN(value)) {
                return format(value, unit);
            }
            return format(low, unit) + " - " + format(high, unit);
        }

        /** The tolerance as printed, in the value's unit (percentage points for percentages; "" when none). */
        public String toleranceDisplay() {
            if (Double.isNaN(tolerance)) {
                return "";
            }
            return format(tolerance, unit);
        }
    }

    private final String about;
    private final Map<String, String> sources;
    private final List<Number> numbers;

    private PaperNumbers(String about, Map<String, String> sources, List<Number> numbers) {
        this.about = about;
        this.sources = sources;
        this.numbers = numbers;
    }

    /** The shipped reference numbers. */
    public static PaperNumbers load() {
        try (InputStream in = PaperNumbers.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath; rebuild ibl-rnn");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    static PaperNumbers parse(JsonNode root) {
        Map<String, String> sources = new LinkedHashMap<>();
        root.path("sources").properties().forEach(e -> sources.put(e.getKey(), e.getValue().asText()));
        List<Number> numbers = new ArrayList<>();
        for (JsonNode n : root.path("numbers")) {
            String key = n.path("key").asText(null);
            String source = n.path("source").asText(null);
            if (key == null || !sources.containsKey(source)) {
                throw new IllegalStateException(RESOURCE + ": entry " + n + " needs a key and one of the sources "
                        + sources.keySet());
            }
            JsonNode range = n.path("range");
            double low = range.isArray() ? range.get(0).asDouble() : Double.NaN;
            double high = range.isArray() ? range.get(1).asDouble() : Double.NaN;
            double value = n.has("value") ? n.get("value").asDouble() : Double.NaN;
            String text = n.has("text") ? n.get("text").asText() : null;
            if (Double.isNaN(value) && Double.isNaN(low) && text == null) {
                throw new IllegalStateException(RESOURCE + ": " + key + " needs a value, a range or a text");
            }
            numbers.add(new Number(key, n.path("section").asText(), n.path("metric").asText(), value, low, high,
                    n.has("tolerance") ? n.get("tolerance").asDouble() : Double.NaN, n.path("unit").asText("fraction"),
                    text, source));
        }
        return new PaperNumbers(root.path("about").asText(), sources, List.copyOf(numbers));
    }

    /** What the numbers are. */
    public String about() {
        return about;
    }

    /** Source name → what it means. */
    public Map<String, String> sources() {
        return Map.copyOf(sources);
    }

    /** All numbers, in report order. */
    public List<Number> numbers() {
        return numbers;
    }

    /** Formats {@code v} in {@code unit}: "85.5 %", "0.73", "3.10", "70°", "2", "4.9×". */
    public static String format(double v, String unit) {
        if (!Double.isFinite(v)) {
            return "\u2013";
        }
        return switch (unit) {
            case "percent" -> String.format(Locale.ROOT, "%.1f %%", 100 * v);
            case "steps" -> String.format(Locale.ROOT, "%.2f", v);
            case "degrees" -> String.format(Locale.ROOT, "%.0f\u00b0", v);
            case "count" -> String.format(Locale.ROOT, "%.0f", v);
            case "ratio" -> String.format(Locale.ROOT, "%.1f\u00d7", v);
            default -> String.format(Locale.ROOT, "%.2f", v);
        };
    }
}
