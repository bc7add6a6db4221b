/** JMH benchmarks run by {@code ibl-rnn bench}. */
package org.iblrnn.bench;
