/** Numerical building blocks shared by training and analysis (deterministic parallel reductions, covariance). */
package org.iblrnn.math;
