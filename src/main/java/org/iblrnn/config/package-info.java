/** The run parameters as immutable records mirroring the original params.json, with the paper's defaults. */
package org.iblrnn.config;
