package ai.mihu.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this SDK and the oldest Jackson it supports, read from a resource Maven fills in
 * at build time, so they are right in the jar and in tests alike.
 */
final class SdkVersion {

    private static final String RESOURCE = "/ai/mihu/sdk/mihu-sdk.properties";
    private static final Properties PROPERTIES = load();
    private static final String VERSION = PROPERTIES.getProperty("version");

    private SdkVersion() {}

    /** The SDK version, such as {@code 1.2.0}. */
    static String version() {
        return VERSION;
    }

    /** The oldest Jackson 2 release the SDK supports, such as {@code 2.16.0}. */
    static String jacksonFloor() {
        return PROPERTIES.getProperty("jacksonFloor");
    }

    /** The {@code User-Agent} the client sends: {@code mihu-java/<version>}. */
    static String userAgent() {
        return "mihu-java/" + VERSION;
    }

    private static Properties load() {
        try (InputStream in = SdkVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the mihu-sdk jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            for (String key : new String[] {"version", "jacksonFloor"}) {
                String value = properties.getProperty(key, "");
                if (value.isBlank() || value.contains("${")) {
                    throw new IllegalStateException(RESOURCE + " was not filtered by the build: " + key + "=" + value);
                }
                properties.setProperty(key, value.trim());
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
