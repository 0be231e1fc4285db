package ai.mihu.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this SDK, read from a resource Maven fills in at build time, so it is right in
 * the jar and in tests alike.
 */
final class SdkVersion {

    private static final String RESOURCE = "/ai/mihu/sdk/mihu-sdk.properties";
    private static final String VERSION = load();

    private SdkVersion() {
    }

    /** The SDK version, such as {@code 1.2.0}. */
    static String version() {
        return VERSION;
    }

    /** The {@code User-Agent} the client sends: {@code mihu-java/<version>}. */
    static String userAgent() {
        return "mihu-java/" + VERSION;
    }

    private static String load() {
        try (InputStream in = SdkVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the mihu-sdk jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            if (version.isBlank() || version.contains("${")) {
                throw new IllegalStateException(RESOURCE + " was not filtered by the build: version=" + version);
            }
            return version.trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
