package org.iblrnn.figures.reduced;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.iblrnn.figures.plot.ColorMap;
import org.iblrnn.figures.plot.Line;
import org.iblrnn.task.SessionTable;

/** Row selections and jet-coloured paths shared by the trajectory figures R6 and R7. */
final class TaskAlignedTrajectories {

    private TaskAlignedTrajectories() {
    }

    /** The distinct block indices of the session in order of appearance. */
    static int[] blocks(SessionTable t) {
        int[] b = t.blockIndex();
        int[] s = t.sessionIndex();
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < t.rows(); r++) {
            if (s[r] == 0 && (out.isEmpty() || out.get(out.size() - 1) != b[r])) {
                out.add(b[r]);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Trial-end rows of session 0's block {@code block}. */
    static int[] trialEndRows(SessionTable t, int block) {
        boolean[] end = t.trialEnd();
        int[] b = t.blockIndex();
        int[] s = t.sessionIndex();
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < t.rows(); r++) {
            if (end[r] && s[r] == 0 && b[r] == block) {
                out.add(r);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** All rows of session 0, block {@code block}, trial {@code trial}. */
    static int[] trialRows(SessionTable t, int block, int trial) {
        int[] b = t.blockIndex();
        int[] s = t.sessionIndex();
        int[] tr = t.trialIndex();
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < t.rows(); r++) {
            if (s[r] == 0 && b[r] == block && tr[r] == trial) {
                out.add(r);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A path through (x[rows[i]]·ax, y[rows[i]]·ay) with point i (and the segment leaving it) coloured jet(i / max). */
    static Line path(int[] rows, double[] x, double[] y, double ax, double ay, int max, double markerSize) {
        double[] px = new double[rows.length];
        double[] py = new double[rows.length];
        Color[] c = new Color[rows.length];
        for (int i = 0; i < rows.length; i++) {
            px[i] = ax * x[rows[i]];
            py[i] = ay * y[rows[i]];
            c[i] = ColorMap.JET.at(max > 0 ? (double) i / max : 0);
        }
        Line l = Line.of(px, py).marker(markerSize).width(1f);
        return rows.length > 0 ? l.pointColors(c).color(c[0]) : l;
    }
}
