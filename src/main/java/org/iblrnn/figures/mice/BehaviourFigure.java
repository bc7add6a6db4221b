package org.iblrnn.figures.mice;

import org.iblrnn.figures.plot.Drawable;
import org.iblrnn.figures.plot.Figure;

/** One {@link MicePanel} of one subject (mice or an exported agent), for the {@code behaviour} command. */
public final class BehaviourFigure implements Figure<BehaviourData> {

    private final MicePanel panel;

    public BehaviourFigure(MicePanel panel) {
        this.panel = panel;
    }

    @Override
    public String stem() {
        return "behaviour_" + panel.stemSuffix();
    }

    @Override
    public String title() {
        return panel.title();
    }

    @Override
    public String question() {
        return panel.question();
    }

    @Override
    public String section() {
        return MiceFigures.SECTION;
    }

    @Override
    public Drawable render(BehaviourData data) {
        return panel.draw(data.metrics(), data.name());
    }
}
