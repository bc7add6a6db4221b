/**
 * State-space, fixed-point and vector-field figures (O4, O5, M3, S1–S7, FP1–FP2 and VF1–VF2 of the figure index in
 * docs/architecture.md), each a small stateless {@link org.iblrnn.figures.plot.Figure} drawing the products of
 * {@link org.iblrnn.analysis.statespace}, {@link org.iblrnn.analysis.fixedpoint} and
 * {@link org.iblrnn.analysis.vectorfield}. {@link org.iblrnn.figures.statespace.StateSpaceFigures#all()} lists them.
 */
package org.iblrnn.figures.statespace;
