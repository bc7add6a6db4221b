/** The picocli commands: they translate options into parameter records and call the library; no science here. */
package org.iblrnn.cli;
