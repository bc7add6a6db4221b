package org.iblrnn.fitmice.run;

import org.iblrnn.io.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iblrnn.behaviour.IblCsv;
import org.iblrnn.behaviour.IblTrials;
import org.iblrnn.fitmice.MouseChoices;

/**
 * The mice named on the command line: every trial file is one mouse (named by the file without .csv[.gz]), read and
 * validated row by row by {@link IblCsv}; directories contribute their trial files as for {@code behaviour}.
 */
public final class MiceInput {

    /**
     * One mouse and where it came from.
     *
     * @param choices its sessions
     * @param file    its CSV
     */
    public record Mouse(MouseChoices choices, Path file) {
        public String name() {
            return choices.mouse();
        }
    }

    private MiceInput() {
    }

    /**
     * Reads every mouse of {@code paths}.
     *
     * @throws InvalidInputException for a missing path, a directory without trial files, a bad row, two files of
     *                                  the same mouse, or a mouse without trials
     */
    public static List<Mouse> read(List<Path> paths) {
        List<Path> files = IblCsv.resolvePaths(paths);
        IblTrials all = IblCsv.read(files);
        Map<String, Path> seen = new LinkedHashMap<>();
        for (int k = 0; k < files.size(); k++) {
            Path earlier = seen.putIfAbsent(all.sources().get(k), files.get(k));
            if (earlier != null) {
                throw new InvalidInputException("two files hold mouse " + all.sources().get(k) + ": " + earlier
                        + " and " + files.get(k) + " (give each mouse once)");
            }
        }
        List<Mouse> out = new ArrayList<>();
        int row = 0;
        for (int k = 0; k < files.size(); k++) {
            int from = row;
            while (row < all.size() && all.sourceIndex(row) == k) {
                row++;
            }
            String name = all.sources().get(k);
            if (row == from) {
                throw new InvalidInputException(files.get(k) + " holds no trials (mouse " + name + ")");
            }
            int a = from;
            int b = row;
            out.add(new Mouse(MouseChoices.of(name, all.select(i -> i >= a && i < b)), files.get(k)));
        }
        return out;
    }
}
