package ai.mihu.spring.boot;

import java.util.Arrays;
import javax.net.ssl.SSLContext;
import javax.net.ssl.X509TrustManager;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;

/**
 * Turns the Spring Boot SSL bundle named by {@code mihu.ssl.bundle} into the client's TLS
 * settings ({@code MihuClient.Builder.sslContext}), failing startup with the property's name when
 * the bundle cannot be used.
 */
final class MihuSslBundles {

    static final String PROPERTY = MihuProperties.PREFIX + ".ssl.bundle";

    private MihuSslBundles() {}

    /**
     * A customizer applying the bundle; the bundle is read now, so a wrong name fails at startup.
     *
     * @param name the bundle's name
     * @param bundles the application's bundles, or {@code null} when there are none
     * @return the customizer
     * @throws InvalidMihuPropertyException when no such bundle exists or it has no X.509 trust material
     */
    static MihuClientCustomizer customizer(String name, SslBundles bundles) {
        if (name == null || name.isBlank()) {
            throw new InvalidMihuPropertyException(PROPERTY, "is blank; name a bundle under spring.ssl.bundle.*", null);
        }
        if (bundles == null) {
            throw new InvalidMihuPropertyException(
                    PROPERTY, "names bundle '" + name + "', but the application has no SSL bundles", null);
        }
        SslBundle bundle;
        try {
            bundle = bundles.getBundle(name);
        } catch (NoSuchSslBundleException e) {
            throw new InvalidMihuPropertyException(
                    PROPERTY,
                    "no SSL bundle is named '" + name + "'; define it under spring.ssl.bundle.jks." + name
                            + " or spring.ssl.bundle.pem." + name,
                    e);
        }
        X509TrustManager trust = Arrays.stream(bundle.getManagers().getTrustManagers())
                .filter(X509TrustManager.class::isInstance)
                .map(X509TrustManager.class::cast)
                .findFirst()
                .orElseThrow(() -> new InvalidMihuPropertyException(
                        PROPERTY, "SSL bundle '" + name + "' has no X.509 trust material (a truststore)", null));
        SSLContext context = bundle.createSslContext();
        return builder -> builder.sslContext(context, trust);
    }
}
