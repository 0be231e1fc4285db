package ai.mihu.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import ai.mihu.sdk.builders.CreateAgentRequests;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.CreateAgentRequest;
import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * Run in a JVM of its own by {@link QuietFirstUseTest}: creates one agent with every kind of
 * nested list, so that the first validation and the first create of the JVM happen here, and
 * prints {@code created <uuid>} on success. Everything logged goes to standard output
 * (logback-test.xml), where the test reads it.
 */
public final class FirstCreateProbe {

    private FirstCreateProbe() {}

    /**
     * Creates the agent against a WireMock server on 127.0.0.1.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        WireMockServer server = new WireMockServer(Fixtures.loopbackServer());
        server.start();
        try {
            server.stubFor(post(urlEqualTo(Fixtures.AGENTS_PATH)).willReturn(Fixtures.created()));
            CreateAgentRequest request = CreateAgentRequests.builder("Sales Agent")
                    .addGuideline("Greet the caller by name when it is known.")
                    .addNote("The spring catalogue ships on 1 March.")
                    .addProcedure(p -> p.name("Book a demo").addStep("Ask for the caller's email address."))
                    .addTrainingExample(t -> t.content("Do you rent tents?").response("Yes."))
                    .addRoutingRule(r -> r.triggerKeyword("billing").addPhrase("my invoice"))
                    .addGuardRule(g -> g.name("Human requested").addSelectedChannel("phone"))
                    .appointments(a -> a.enabled(true).addScheduleAssignment(s -> s.name("Demo calendar")))
                    .build();
            try (MihuClient client = Fixtures.clientFor(server.port()).build()) {
                Agent agent = client.agents().create(request);
                System.out.println("created " + agent.getAgentUuid());
            }
        } finally {
            server.stop();
        }
    }
}
