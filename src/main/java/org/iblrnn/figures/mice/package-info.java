/**
 * Mice versus models: the behavioural figures drawn identically for the IBL mice and for agents exported to the
 * IBL trial format ({@link org.iblrnn.figures.mice.MicePanel}), on each subject's own stimulus axis, for the
 * {@code behaviour} command and, mice beside the RNN, for {@code analyze} ({@link org.iblrnn.figures.mice.MiceFigures}).
 */
package org.iblrnn.figures.mice;
