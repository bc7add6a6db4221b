package org.iblrnn.compare;

import java.nio.file.Path;
import java.util.Map;
import org.iblrnn.config.Params;

/**
 * One run as compare reports it: where it is, its configuration (params.json, flattened), how far it trained, and
 * the metrics of its analysed network.
 *
 * @param dir                the run directory
 * @param name               short unique name (the directory name, or parent/name when names collide)
 * @param params             its params.json
 * @param config             {@code params} as flat dotted keys in file order (see {@link ParamsTree})
 * @param stepsTrained       gradient steps done (newest checkpoint step + 1; 0 without a checkpoint)
 * @param trainAccuracyFinal mean training accuracy over the last logged points (NaN without event files)
 * @param metrics            the analysed network's metrics (possibly {@link RunMetrics#none})
 */
public record RunSummary(Path dir, String name, Params params, Map<String, String> config, long stepsTrained,
                         double trainAccuracyFinal, RunMetrics metrics) {

    public RunSummary {
        config = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(config));
    }

    public String architecture() {
        return params.model().architecture().key();
    }

    public int hiddenSize() {
        return params.model().hiddenSize();
    }

    public long seed() {
        return params.run().seed();
    }

    public double maxStimulusStrength() {
        return params.env().maxStimulusStrength();
    }

}
