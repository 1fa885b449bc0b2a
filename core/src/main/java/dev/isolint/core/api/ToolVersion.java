package dev.isolint.core.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build of isolint, as reports and {@code --version} print it. */
public final class ToolVersion {

    private ToolVersion() {
    }

    /** E.g. {@code 1.0.0}; {@code unknown} when the build metadata is missing. */
    public static String current() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("/dev/isolint/core/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
