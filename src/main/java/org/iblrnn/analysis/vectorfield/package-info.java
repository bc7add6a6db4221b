/**
 * Flow of the hidden state in the PCA plane under the six constant inputs
 * ({@link org.iblrnn.analysis.fixedpoint.InputCondition}; figures VF1–VF2): "ideal" fields step the model once from
 * grid states, "real" fields take consecutive visited states whose input matches a condition. Arrays inside records
 * are not copied: treat them as read-only.
 */
package org.iblrnn.analysis.vectorfield;
