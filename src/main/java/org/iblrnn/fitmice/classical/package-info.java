/**
 * The classical models of a mouse's choices for {@code ibl-rnn fit-mice}: a history-free psychometric baseline and
 * observers that combine a prior over the stimulus side (the exact block posterior, or an exponential average of past
 * choices or stimulus sides) with noisy sight of the contrast, each fitted by maximum likelihood with exact gradients.
 */
package org.iblrnn.fitmice.classical;
