/** The registry of every figure analyze renders; the figures themselves live in the sub-packages by topic. */
package org.iblrnn.figures;
