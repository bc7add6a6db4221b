package org.iblrnn.figures.statespace;

/** Colour-bar labels shared by the vector-field figures, so one quantity is named the same way everywhere. */
public final class VectorFieldColours {

    /**
     * The arrow colour of the model-evaluated fields (the original's): the residual of the fixed-point descent
     * started from the arrow's grid state, at the point h* where it ended.
     */
    public static final String RESIDUAL = "Descent Residual ‖RNN(h^{*}, o) − h^{*}‖_{2}";

    private VectorFieldColours() {
    }
}
