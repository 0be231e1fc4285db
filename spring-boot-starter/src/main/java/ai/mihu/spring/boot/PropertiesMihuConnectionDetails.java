package ai.mihu.spring.boot;

/**
 * The connection details of the {@code mihu.*} properties, the default when the application
 * defines no {@link MihuConnectionDetails} bean. Blank values count as unset, as an empty
 * {@code MIHU_BASE_URL=} in an environment file would otherwise hide the subdomain.
 */
final class PropertiesMihuConnectionDetails implements MihuConnectionDetails {

    private final MihuProperties properties;

    PropertiesMihuConnectionDetails(MihuProperties properties) {
        this.properties = properties;
    }

    @Override
    public String apiToken() {
        return blankToNull(properties.getApiToken());
    }

    @Override
    public String subdomain() {
        return blankToNull(properties.getSubdomain());
    }

    @Override
    public String baseUrl() {
        return blankToNull(properties.getBaseUrl());
    }

    @Override
    public String toString() {
        return "PropertiesMihuConnectionDetails[" + properties + "]";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
