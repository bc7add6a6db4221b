package org.iblrnn.sweep;

import org.iblrnn.io.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code --grid KEY=V1,V2,...} option: a params.json key (dotted, as for {@code --set}) and the values it takes.
 *
 * <p>Values are split on top-level separators: commas outside brackets and double quotes, so
 * {@code env.kwargs.block_side_probs=[[0.8,0.2],[0.2,0.8]],[[0.7,0.3],[0.3,0.7]]} has two values. When the list
 * contains a top-level {@code ;}, it is split on {@code ;} only (for values whose commas should not be looked at:
 * {@code KEY=a,b;c,d} has the two values {@code a,b} and {@code c,d}). Each value is passed on verbatim as
 * {@code --set KEY=VALUE}, so JSON literals work exactly as they do for {@code --set}.
 *
 * @param key    dotted params.json key, e.g. {@code model.kwargs.core_kwargs.hidden_size}
 * @param values the values in the order given (at least one, no duplicates)
 */
public record GridAxis(String key, List<String> values) {

    public GridAxis {
        if (key == null || key.isBlank() || !key.matches("[A-Za-z0-9_]+(\\.[A-Za-z0-9_]+)*")) {
            throw new InvalidInputException("--grid key '" + key + "' is not a dotted params.json key"
                    + " (e.g. --grid model.kwargs.core_kwargs.hidden_size=50,100)");
        }
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new InvalidInputException("--grid " + key + " has no values (give KEY=V1,V2,...)");
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).isEmpty()) {
                throw new InvalidInputException("--grid " + key + ": value " + (i + 1) + " is empty"
                        + " (remove the stray separator)");
            }
            if (values.indexOf(values.get(i)) != i) {
                throw new InvalidInputException("--grid " + key + ": value '" + values.get(i)
                        + "' is given twice (each value once)");
            }
        }
    }

    /** The key's last segment ({@code hidden_size} for {@code model.kwargs.core_kwargs.hidden_size}). */
    public String shortKey() {
        return key.substring(key.lastIndexOf('.') + 1);
    }

    /** Parses {@code KEY=V1,V2,...} (see the class comment for the separators). */
    public static GridAxis parse(String option) {
        int eq = option.indexOf('=');
        if (eq <= 0) {
            throw new InvalidInputException("--grid '" + option + "' must have the form KEY=V1,V2,..."
                    + " (e.g. --grid model.kwargs.core_kwargs.hidden_size=50,100)");
        }
        String key = option.substring(0, eq).trim();
        String list = option.substring(eq + 1).trim();
        char separator = hasTopLevel(list, ';', key) ? ';' : ',';
        return new GridAxis(key, split(list, separator, key));
    }

    private static boolean hasTopLevel(String list, char c, String key) {
        for (int i = 0; i < list.length(); i++) {
            if (list.charAt(i) == c && depthAt(list, i, key) == 0) {
                return true;
            }
        }
        return false;
    }

    private static List<String> split(String list, char separator, String key) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '"' && (i == 0 || list.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && (c == '[' || c == '{')) {
                depth++;
            } else if (!quoted && (c == ']' || c == '}')) {
                depth--;
                if (depth < 0) {
                    throw new InvalidInputException("--grid " + key + ": unbalanced '" + c + "' at position "
                            + (i + 1) + " of '" + list + "' (check the brackets)");
                }
            }
            if (c == separator && depth == 0 && !quoted) {
                out.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (depth != 0 || quoted) {
            throw new InvalidInputException("--grid " + key + ": unclosed " + (quoted ? "quote" : "bracket")
                    + " in '" + list + "' (check the brackets and quotes)");
        }
        out.add(current.toString().trim());
        return out;
    }

    private static int depthAt(String list, int end, String key) {
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < end; i++) {
            char c = list.charAt(i);
            if (c == '"' && (i == 0 || list.charAt(i - 1) != '\\')) {
                quoted = !quoted;
            } else if (!quoted && (c == '[' || c == '{')) {
                depth++;
            } else if (!quoted && (c == ']' || c == '}')) {
                depth--;
            }
        }
        return quoted ? 1 : depth;
    }
}
