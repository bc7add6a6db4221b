/**
 * The analysis report: one vector PDF with a summary page (key/value facts and a metrics table) followed by one page
 * per figure, drawn through the same Graphics2D code as the PNG files.
 */
package org.iblrnn.report;
