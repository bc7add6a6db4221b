package org.iblrnn.figures.plot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The ordered list of figures to render; stems are validated and must be unique (they become file names). */
public final class FigureRegistry<C> {

    private static final Pattern STEM = Pattern.compile("[A-Za-z0-9_\\-]+");

    private final List<Figure<C>> figures = new ArrayList<>();
    private final Set<String> stems = new HashSet<>();

    /** Appends a figure; throws if its stem is malformed or already registered. */
    public FigureRegistry<C> register(Figure<C> figure) {
        if (figure == null) {
            throw new IllegalArgumentException("figure must not be null");
        }
        String stem = figure.stem();
        if (stem == null || !STEM.matcher(stem).matches()) {
            throw new IllegalArgumentException("figure " + figure.getClass().getName() + " has stem '" + stem
                    + "'; use letters, digits, '_' or '-' only");
        }
        if (!stems.add(stem)) {
            throw new IllegalArgumentException("duplicate figure stem '" + stem + "' from "
                    + figure.getClass().getName() + "; every figure needs its own stem");
        }
        figures.add(figure);
        return this;
    }

    /** The figures in registration order (unmodifiable copy). */
    public List<Figure<C>> figures() {
        return List.copyOf(figures);
    }

    public int size() {
        return figures.size();
    }
}
