/**
 * Reduced models: the RADD 2-unit distillation of the task-aligned dynamics, the traditionally distilled and the
 * task-trained 2-unit networks, and their fixed points and vector fields.
 */
package org.iblrnn.analysis.reduced;
