package ai.mihu.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.mihu.sdk.builders.CreateAgentRequests;
import ai.mihu.sdk.errors.ServiceUnavailableException;
import java.time.Duration;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension's server lives per test for an instance field and per class for a static one. */
class MockMihuServerExtensionTest {

    @Test
    void hasNoServerOutsideATest() {
        MockMihuServerExtension extension = MockMihuServerExtension.create();

        assertThatThrownBy(extension::server)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("@RegisterExtension");
        assertThat(extension.apiToken()).isEqualTo(MockMihuServer.DEFAULT_API_TOKEN);
    }

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class InstanceField {

        private static MockMihuServer previous;

        @RegisterExtension
        final MockMihuServerExtension mihu = MockMihuServerExtension.using(
                MockMihuServer.builder().apiToken("extension-token").createdStatus(200));

        @Test
        @Order(1)
        void startsAServerForTheTestWithTheGivenSettings() throws Exception {
            assertThat(mihu.apiToken()).isEqualTo("extension-token");
            assertThat(mihu.baseUrl()).isEqualTo(mihu.server().baseUrl());
            assertThat(new MihuHttp(mihu.server()).post("{\"name\":\"A\"}").statusCode())
                    .isEqualTo(200);
            previous = mihu.server();
        }

        @Test
        @Order(2)
        void givesTheNextTestAFreshServerAndClosedThePreviousOne() {
            assertThat(mihu.server()).isNotSameAs(previous);
            assertThat(mihu.server().createdAgents()).isEmpty();
            assertThatThrownBy(previous::baseUrl)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("closed");
        }
    }

    @Nested
    class ReadyClient {

        @RegisterExtension
        final MockMihuServerExtension mihu = MockMihuServerExtension.create();

        @Test
        void retriesAtOnceWhateverTheServerAsksSoRetryTestsAreFast() {
            // Without Retry-After the default backoff waits at least 250 ms, then 500 ms; with it, 30 s.
            mihu.server()
                    .enqueueFault(Fault.status(503))
                    .enqueueFault(Fault.status(429).withRetryAfter("30"));

            long started = System.nanoTime();
            mihu.client()
                    .agents()
                    .create(CreateAgentRequests.builder("Support Agent").build());

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(700));
            assertThat(mihu.server().requestCount()).isEqualTo(3);
            assertThat(mihu.server().createdAgents()).hasSize(1);
        }

        @Test
        void keepsTheDefaultNumberOfRetries() {
            mihu.server().enqueueFault(Fault.status(503).times(3));

            assertThatThrownBy(() -> mihu.client()
                            .agents()
                            .create(CreateAgentRequests.builder("Support Agent").build()))
                    .isInstanceOf(ServiceUnavailableException.class);
            assertThat(mihu.server().requestCount()).isEqualTo(3);
        }
    }

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class StaticField {

        @RegisterExtension
        static final MockMihuServerExtension MIHU = MockMihuServerExtension.create();

        private static MockMihuServer first;

        @Test
        @Order(1)
        void startsOneServerForTheClass() throws Exception {
            first = MIHU.server();
            new MihuHttp(first).post("{\"name\":\"A\"}");
            first.enqueueFault(Fault.status(503));
            assertThat(first.createdAgents()).hasSize(1);
        }

        @Test
        @Order(2)
        void sharesItAndResetsItBeforeEachTest() {
            assertThat(MIHU.server()).isSameAs(first);
            assertThat(first.createdAgents()).isEmpty();
            assertThat(first.recordedRequests()).isEmpty();
            assertThat(first.pendingFaultCount()).isZero();
        }
    }
}
