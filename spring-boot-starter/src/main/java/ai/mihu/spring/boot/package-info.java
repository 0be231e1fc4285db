/**
 * Spring Boot auto-configuration of the Mihu SDK: a {@link ai.mihu.sdk.MihuClient} bean built
 * from the {@code mihu.*} properties ({@link ai.mihu.spring.boot.MihuProperties}), extended through
 * {@link ai.mihu.spring.boot.MihuClientCustomizer} and {@link ai.mihu.spring.boot.MihuConnectionDetails}
 * beans. See {@link ai.mihu.spring.boot.testing} for tests against {@code MockMihuServer}.
 */
package ai.mihu.spring.boot;
