package org.iblrnn.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * Joins the hand-broken lines of every command's description into paragraphs, so picocli wraps them at the help
 * width instead of breaking each source line on its own (which left one- and two-word lines). A paragraph ends at
 * an empty line or a line ending in ':'; an indented line (an example, a literal option) is kept as written, except
 * that a command line too long for the width is continued shell-style (a trailing backslash and an indented next line).
 */
final class HelpReflow {

    private HelpReflow() {
    }

    /** Reflows the descriptions of {@code cl} and all its subcommands. */
    static void apply(CommandLine cl) {
        CommandLine.Model.UsageMessageSpec usage = cl.getCommandSpec().usageMessage();
        usage.description(reflow(usage.description(), usage.width()));
        for (CommandLine sub : cl.getSubcommands().values()) {
            apply(sub);
        }
    }

    static String[] reflow(String[] lines, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String line : lines) {
            boolean verbatim = line.isEmpty() || Character.isWhitespace(line.charAt(0));
            if (verbatim) {
                flush(paragraph, out);
                out.addAll(continued(line, width));
                continue;
            }
            if (paragraph.length() > 0) {
                paragraph.append(' ');
            }
            paragraph.append(line.strip());
            if (line.stripTrailing().endsWith(":")) {
                flush(paragraph, out);
            }
        }
        flush(paragraph, out);
        return out.toArray(String[]::new);
    }

    /** An indented command line as lines of at most {@code width} characters, broken at spaces, shell-style. */
    static List<String> continued(String line, int width) {
        List<String> out = new ArrayList<>();
        String rest = line;
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width - 2);
            if (cut <= indent.length() + 4) {
                break; // one unbreakable word: leave it to picocli
            }
            out.add(rest.substring(0, cut) + " \\");
            rest = indent + "    " + rest.substring(cut + 1);
        }
        out.add(rest);
        return out;
    }

    private static void flush(StringBuilder paragraph, List<String> out) {
        if (paragraph.length() > 0) {
            out.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }
}
