/**
 * Network models of a mouse's choices for {@code ibl-rnn fit-mice}: tiny GRUs fitted directly to the choice
 * sequence by backpropagation through time, and a network trained on the task run on the mouse's trials with a
 * fitted contrast gain and lapses.
 */
package org.iblrnn.fitmice.network;
