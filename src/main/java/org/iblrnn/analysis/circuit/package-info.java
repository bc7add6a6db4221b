/** The effective circuit: hidden-unit correlations, hierarchical clustering and weights by cluster. */
package org.iblrnn.analysis.circuit;
