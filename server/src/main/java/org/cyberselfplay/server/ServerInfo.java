package org.cyberselfplay.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The server's name, version and the texts it publishes about itself (from its jar's resources). */
public final class ServerInfo {
    /** The environment's name on the wire. */
    public static final String NAME = "cyberselfplay";
    /** One-sentence description for {@code /metadata}. */
    public static final String DESCRIPTION = "A partially observable Red-vs-Blue cyber-defense game: Blue defends "
            + "an enterprise network while executing a recovery playbook, Red tries to exfiltrate data "
            + "from a high-value host.";
    /** The version of the wire API described by {@code /openapi.json}. */
    public static final String API_VERSION = "1.0.0";

    private static final String VERSION = load("server.properties").lines()
            .filter(l -> l.startsWith("version=")).map(l -> l.substring("version=".length()).trim())
            .findFirst().orElse("unknown");
    private static final String README = load("readme.md");

    private ServerInfo() {
    }

    /** The project version this server was built from. */
    public static String version() {
        return VERSION;
    }

    /** The Markdown shown as {@code readme_content} in {@code /metadata}. */
    public static String readme() {
        return README;
    }

    /** A text resource next to this class. */
    static String load(String name) {
        try (InputStream in = ServerInfo.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the server jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
