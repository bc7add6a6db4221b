package org.iblrnn.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the jar's version (from the manifest when packaged). */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[]{"ibl-rnn " + (v == null ? "0.1.0-dev" : v) + " (Java " + System.getProperty("java.version") + ")"};
    }
}
