/**
 * Psychometric curve fitting: an exact Java port of IBL's {@code psychofit} (maximum-likelihood fits of
 * erf/Weibull psychometric functions with scipy's {@code fmin} Nelder–Mead), so that fits of mice and of
 * networks reproduce the numbers the IBL tools would give.
 */
package org.iblrnn.analysis.psychometric;
