package ai.mihu.spring.boot.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Points the auto-configured {@link ai.mihu.sdk.MihuClient} at an embedded
 * {@code MockMihuServer}, started with the application context and closed with it.
 *
 * <pre>{@code
 * @SpringBootTest
 * @AutoConfigureMockMihuServer
 * class OnboardingTest {
 *     @Autowired MockMihuServer mihu;      // to assert on what was created
 *     @Autowired Onboarding onboarding;    // your code, using the injected MihuClient
 * }
 * }</pre>
 *
 * <p>The other {@code mihu.*} properties (timeouts, retries, log level) still apply;
 * {@code mihu.api-token} and {@code mihu.subdomain} need not be set. Needs
 * {@code ai.mihu:mihu-sdk-testing} on the test class path.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration(MockMihuServerAutoConfiguration.class)
public @interface AutoConfigureMockMihuServer {}
