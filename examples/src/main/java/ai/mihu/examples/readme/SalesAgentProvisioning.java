package ai.mihu.examples.readme;

// docs:start readme-create-agent
import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.builders.CreateAgentRequests;
import ai.mihu.sdk.enums.KnownValues.Channels;
import ai.mihu.sdk.enums.KnownValues.DestinationTypes;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.CreateAgentRequest;
import ai.mihu.sdk.model.GuardRuleAction;
import java.time.ZoneId;
import java.util.Locale;

/** Creates the sales agent of a tenant. */
public final class SalesAgentProvisioning {

    private SalesAgentProvisioning() {}

    /**
     * Creates the sales agent of a tenant.
     *
     * @param baseUrl the tenant's API, such as {@code https://acme.mihu.ai}
     * @param apiToken the tenant's API token, such as {@code System.getenv("MIHU_API_TOKEN")}
     * @return the agent the API created
     */
    public static Agent createSalesAgent(String baseUrl, String apiToken) {
        try (MihuClient client = MihuClient.builder()
                .baseUrl(baseUrl) // or .subdomain("acme") for https://acme.mihu.ai
                .apiToken(apiToken)
                .build()) { // or MihuClient.fromEnv()
            return client.agents().create(salesAgentRequest()); // unwrapped from {success, message, data}
        }
    }

    /**
     * The request for a sales agent.
     *
     * @return the request, validated: build() throws InvalidRequestException naming each bad field
     */
    public static CreateAgentRequest salesAgentRequest() {
        return CreateAgentRequests.builder("Sales Agent")
                .language(Locale.ENGLISH)
                .timezone(ZoneId.of("Europe/Istanbul"))
                .addGuideline("Greet the caller by name when it is known.")
                .addProcedure(p -> p.name("Book a demo").addStep("Ask for the caller's email address."))
                .addGuardRule(g -> g.name("Human requested")
                        .thenAction(GuardRuleAction.FORWARD)
                        .addSelectedChannel(Channels.PHONE)
                        .destinationType(DestinationTypes.EXTENSION)
                        .destination("100"))
                .build();
    }
}
// docs:end readme-create-agent
