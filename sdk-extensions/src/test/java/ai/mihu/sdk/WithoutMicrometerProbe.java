package ai.mihu.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;

import ai.mihu.sdk.errors.BadRequestException;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.CreateAgentRequest;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.concurrent.TimeUnit;

/**
 * Run by {@link WithoutMicrometerTest} in a JVM whose class path lacks Micrometer, as an
 * application's does when it never asked for metrics: builds a client and takes every path a call
 * can end by (success, sync and async; an API error; a retried 503; an invalid request). Any SDK
 * class touching Micrometer would throw {@link NoClassDefFoundError} here. Prints {@code ok} last.
 */
public final class WithoutMicrometerProbe {

    private WithoutMicrometerProbe() {}

    /**
     * Runs the calls against a WireMock server on 127.0.0.1.
     *
     * @param args ignored
     * @throws Exception if a call fails other than as expected
     */
    public static void main(String[] args) throws Exception {
        try {
            Class.forName("io.micrometer.core.instrument.MeterRegistry");
            throw new AssertionError("Micrometer is on this JVM's class path; the probe proves nothing");
        } catch (ClassNotFoundException expected) {
            System.out.println("micrometer absent");
        }
        WireMockServer server = new WireMockServer(Fixtures.loopbackServer());
        server.start();
        try (MihuClient client = Fixtures.clientFor(server.port()).build()) {
            server.stubFor(post(urlEqualTo(Fixtures.AGENTS_PATH))
                    .inScenario("503")
                    .whenScenarioStateIs(STARTED)
                    .willReturn(Fixtures.json(503, "{}").withHeader("Retry-After", "0"))
                    .willSetStateTo("ok"));
            server.stubFor(post(urlEqualTo(Fixtures.AGENTS_PATH))
                    .inScenario("503")
                    .whenScenarioStateIs("ok")
                    .willReturn(Fixtures.created()));
            Agent agent = client.agents().create(Fixtures.validRequest());
            Agent again =
                    client.async().agents().create(Fixtures.validRequest()).get(10, TimeUnit.SECONDS);
            System.out.println("created " + agent.getAgentUuid() + " and " + again.getAgentUuid());

            server.resetAll();
            server.stubFor(post(urlEqualTo(Fixtures.AGENTS_PATH))
                    .willReturn(Fixtures.json(
                            400, Fixtures.errorBody("Name is required", "VALIDATION_ERROR", null, "name"))));
            try {
                client.agents().create(Fixtures.validRequest());
                throw new AssertionError("a 400 did not fail the call");
            } catch (BadRequestException expected) {
                System.out.println("api error " + expected.statusCode());
            }
            try {
                client.agents().create(new CreateAgentRequest());
                throw new AssertionError("an invalid request was sent");
            } catch (ai.mihu.sdk.errors.InvalidRequestException expected) {
                System.out.println("invalid request rejected");
            }
            System.out.println(client);
        } finally {
            server.stop();
        }
        System.out.println("ok");
    }
}
