/**
 * Running {@code ibl-rnn fit-mice}: the model registry, reading the mice, planning what is still to fit, fitting on
 * this machine or as a SLURM array (one mouse per task), saving each fit as it finishes, and writing the group
 * outputs (fit-mice.json, .csv, figures, PDF).
 */
package org.iblrnn.fitmice.run;
