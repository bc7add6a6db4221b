/**
 * Training: the gradient-step loop (BPTT through whole sessions, deterministic batches), run directories,
 * checkpoints, resume and SIGTERM handling.
 */
package org.iblrnn.train;
