/**
 * The analysis context (the trained network, its long session and memoised products) and the behavioural products
 * shared by many figures; the sub-packages hold the reverse-engineering and reduced-model analyses.
 */
package org.iblrnn.analysis;
