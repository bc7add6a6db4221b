package org.iblrnn.figures.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.iblrnn.compare.CompareData;
import org.iblrnn.compare.similarity.SimilarityResult;

/** Base of the {@code compare --similarity} figures: drawn only when that analysis ran, with short row labels. */
abstract class CompareSimilarityFigureBase extends CompareFigureBase {

    CompareSimilarityFigureBase(String stem, String title, String question) {
        super(stem, title, question);
    }

    @Override
    public boolean requested(CompareData data) {
        return data.similarityResult().isPresent();
    }

    @Override
    public Optional<String> skipReason(CompareData data) {
        return data.similarityResult().isPresent() ? Optional.empty()
                : Optional.of("no similarity analysis (use --similarity on runs with checkpoints)");
    }

    /**
     * Short labels of the matrices' rows: the varying values of the network's configuration and its seed
     * ("gru #2"), and "observer" for the Bayesian observer.
     */
    static List<String> shortLabels(SimilarityResult s) {
        List<String> out = new ArrayList<>();
        for (SimilarityResult.Network n : s.networks()) {
            out.add(groupValues(n.group()) + " #" + n.seed());
        }
        out.add("observer");
        return out;
    }

    /** "architecture=gru hidden_size=50" → "gru 50"; a label without '=' is kept. */
    static String groupValues(String groupLabel) {
        if (groupLabel.equals(SimilarityResult.OBSERVER)) {
            return "observer";
        }
        List<String> parts = new ArrayList<>();
        for (String p : groupLabel.split(" ")) {
            int eq = p.indexOf('=');
            parts.add(eq >= 0 ? p.substring(eq + 1) : p);
        }
        return String.join(" ", parts);
    }
}
