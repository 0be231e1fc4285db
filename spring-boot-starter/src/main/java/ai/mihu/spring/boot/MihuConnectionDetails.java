package ai.mihu.spring.boot;

/**
 * Where the auto-configured {@link ai.mihu.sdk.MihuClient} connects and with which token.
 *
 * <p>By default these come from the {@code mihu.api-token}, {@code mihu.subdomain} and
 * {@code mihu.base-url} properties. Define a bean of this type to take them from elsewhere: the
 * starter's {@link ai.mihu.spring.boot.testing.AutoConfigureMockMihuServer} does, to point the
 * client at an embedded {@code MockMihuServer}. Exactly one of {@link #subdomain()} and
 * {@link #baseUrl()} is used; the base URL wins when both are given.
 */
public interface MihuConnectionDetails {

    /**
     * The bearer token of the tenant.
     *
     * @return the token
     */
    String apiToken();

    /**
     * The tenant's subdomain, such as {@code acme} for {@code https://acme.mihu.ai}.
     *
     * @return the subdomain, or {@code null} when {@link #baseUrl()} is given
     */
    default String subdomain() {
        return null;
    }

    /**
     * A base URL that overrides the subdomain.
     *
     * @return the URL, or {@code null} to use {@link #subdomain()}
     */
    default String baseUrl() {
        return null;
    }
}
