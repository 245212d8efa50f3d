package org.cyberselfplay.train.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the project version (from {@code cyberselfplay-version.properties}, filtered by Maven
 * at build time) and the Java runtime.
 */
final class VersionProvider implements IVersionProvider {
    static final String RESOURCE = "/cyberselfplay-version.properties";

    @Override
    public String[] getVersion() throws IOException {
        return new String[] {
            "cyberselfplay " + projectVersion(),
            "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                    + System.getProperty("java.vm.name") + ")"
        };
    }

    /** The project version, or {@code unknown} when the jar was not built by Maven. */
    static String projectVersion() throws IOException {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "unknown");
            return v.contains("${") ? "unknown" : v;
        }
    }
}
