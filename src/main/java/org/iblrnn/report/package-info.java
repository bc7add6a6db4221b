/**
 * {@code analyze} and its outputs: metrics.json, session.npz and one vector PDF — summary pages (the run's headline
 * numbers beside the paper's, the agents, a figure index) followed by one captioned page per figure, drawn through
 * the same Graphics2D code as the PNG files.
 */
package org.iblrnn.report;
