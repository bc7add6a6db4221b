package org.iblrnn.compare;

import org.iblrnn.io.InvalidInputException;
import java.util.Map;
import java.util.Objects;

/**
 * Compare's guard against mixing experiments: runs trained on different tasks (any {@code env.*} key of params.json
 * differs) are not compared without saying so, because their accuracies measure different things.
 */
public final class TaskCheck {

    private TaskCheck() {
    }

    /**
     * Throws naming the first differing task key and the two runs, unless every run shares the first run's task.
     *
     * @param configsByRun each run's flattened params.json (see {@link ParamsTree#flatten}) by run name, in order
     */
    public static void requireSameTask(Map<String, Map<String, String>> configsByRun) {
        String firstName = null;
        Map<String, String> first = null;
        for (Map.Entry<String, Map<String, String>> e : configsByRun.entrySet()) {
            if (first == null) {
                firstName = e.getKey();
                first = e.getValue();
                continue;
            }
            String key = firstTaskDifference(first, e.getValue());
            if (key != null) {
                throw new InvalidInputException("runs " + firstName + " and " + e.getKey()
                        + " were trained on different tasks: " + key + " is " + first.get(key) + " in "
                        + firstName + " but " + e.getValue().get(key) + " in " + e.getKey()
                        + " (compare them anyway with --allow-different-tasks)");
            }
        }
    }

    /** The first {@code env.*} key whose value differs (or exists in only one), or null. */
    public static String firstTaskDifference(Map<String, String> a, Map<String, String> b) {
        java.util.TreeSet<String> keys = new java.util.TreeSet<>();
        a.keySet().stream().filter(k -> k.startsWith(ParamsTree.TASK_PREFIX)).forEach(keys::add);
        b.keySet().stream().filter(k -> k.startsWith(ParamsTree.TASK_PREFIX)).forEach(keys::add);
        for (String k : keys) {
            if (!Objects.equals(a.get(k), b.get(k))) {
                return k;
            }
        }
        return null;
    }
}
