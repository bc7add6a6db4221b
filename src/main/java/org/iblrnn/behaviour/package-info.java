/**
 * Trial-level behaviour in the IBL "changepoint" CSV format, shared by the real mice and the exported
 * behaviour of our agents, and the behavioural metrics computed identically for both.
 */
package org.iblrnn.behaviour;
