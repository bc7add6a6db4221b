package org.iblrnn.compare;

/**
 * Everything compare holds about one run: its summary, its learning curve and, when the behaviour curves need them
 * and they are available, its analysis trials.
 *
 * @param summary       configuration and metrics
 * @param learningCurve training accuracy against step (empty without event files)
 * @param trials        the analysis session's trials, or null when not loaded or not available
 */
public record RunData(RunSummary summary, LearningCurve learningCurve, TrialOutcomes trials) {

    public String name() {
        return summary.name();
    }
}
