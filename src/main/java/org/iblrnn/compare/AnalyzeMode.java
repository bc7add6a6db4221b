package org.iblrnn.compare;

import org.iblrnn.io.InvalidInputException;
import java.util.Locale;

/** What compare does with a run that has a checkpoint but no {@code analyze/metrics.json}. */
public enum AnalyzeMode {
    /** Report it as not analysed; it still appears in the table and the learning curves. */
    NONE,
    /** Simulate its newest checkpoint briefly and measure behaviour only (seconds; writes nothing into the run). */
    BEHAVIOUR,
    /** Run the whole {@code analyze} on it (minutes; writes RUN_DIR/analyze/ as {@code ibl-rnn analyze} does). */
    FULL;

    /** Parses the option value ({@code behaviour}, {@code behavior}, {@code full}, {@code none}). */
    public static AnalyzeMode parse(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "none" -> NONE;
            case "behaviour", "behavior" -> BEHAVIOUR;
            case "full" -> FULL;
            default -> throw new InvalidInputException("--analyze-missing must be behaviour, full or none but was '"
                    + s + "'");
        };
    }
}
