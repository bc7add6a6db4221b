/**
 * How alike two networks' solutions are, measured on their responses to the same inputs: linear centred kernel
 * alignment (CKA; Kornblith et al. 2019), SVCCA (Raghu et al. 2017), and classical (Torgerson) multidimensional
 * scaling to draw many networks as points in a plane.
 *
 * <p>Each compares sets of n samples (rows, e.g. trial-end steps of one common session) of representations of any
 * width; samples must correspond row by row. Both measures are invariant to orthogonal transformations and isotropic
 * scaling of either representation, so networks of different size, architecture or unit order can be compared.
 */
package org.iblrnn.analysis.similarity;
