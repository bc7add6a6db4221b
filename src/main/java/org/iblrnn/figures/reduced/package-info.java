/**
 * Figures of the reduced models and the circuit (M1, M2, M4, M5, R1–R8, D1–D2 and C1–C2 of the figure index in
 * docs/architecture.md): the hidden-unit populations and recurrent weights of the RNN, the RADD network distilled
 * from its task-aligned coordinates, the traditionally distilled and task-trained 2-unit networks, and their
 * behaviour compared with the RNN. One small class per figure; {@link org.iblrnn.figures.reduced.ReducedFigures#all()}
 * lists them in report order. The original's defects in R2, R3, R8/D1/D2 and M2 are fixed (see each class).
 */
package org.iblrnn.figures.reduced;
