/**
 * The task, behaviour and observer-comparison figures of the {@code analyze} report (T1–T4, B1–B11 and O1–O3 of
 * the figure index in docs/architecture.md): one small {@link org.iblrnn.figures.plot.Figure} class per figure,
 * listed in report order by {@link org.iblrnn.figures.behaviour.BehaviourFigures#all()}. The binned data come from
 * {@code org.iblrnn.analysis.behaviour}; figures only choose subsets, colours and labels. A curve whose groups are all
 * empty is drawn as nothing (its legend entry stays), so a short or degenerate session still yields every figure.
 */
package org.iblrnn.figures.behaviour;
