package ai.mihu.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The request and response examples of Mihu's reference page for {@code POST /api/v1/agents}
 * (copied verbatim into src/test/resources/reference) satisfy {@code CreateAgentRequest} and
 * {@code CreateAgentResponse} with unknown properties forbidden at every level: the spec names
 * every field the reference shows, with a type that admits the reference's value. The same
 * holds for every complete example of the other agent pages (src/test/resources/reference/agents;
 * the examples those pages cut short are not there).
 */
class ReferencePageExamplesTest {

    private static final JsonNode SPEC = SpecResources.specTree();
    private static final ExampleValidator STRICT = new ExampleValidator(SPEC, true);
    private static final String AGENT_PAGES = "/reference/agents/";

    /** Each complete example of the agent pages, by file, and the component it must satisfy. */
    private static final Map<String, String> AGENT_PAGE_EXAMPLES = Map.ofEntries(
            Map.entry("add-note-request.json", "NoteInput"),
            Map.entry("add-guideline-request.json", "GuidelineInput"),
            Map.entry("replace-guidelines-request.json", "ReplaceGuidelinesRequest"),
            Map.entry("add-procedure-request.json", "ProcedureInput"),
            Map.entry("update-procedure-request.json", "UpdateProcedureRequest"),
            Map.entry("replace-training-request.json", "ReplaceTrainingRequest"),
            Map.entry("update-training-example-request.json", "UpdateTrainingExampleRequest"),
            Map.entry("replace-appointments-request.json", "AppointmentsConfig"),
            Map.entry("replace-guard-rules-request.json", "ReplaceGuardRulesRequest"),
            Map.entry("replace-guard-rules-generic-request.json", "ReplaceGuardRulesRequest"),
            Map.entry("add-guard-rule-request.json", "GuardRuleInput"),
            Map.entry("update-guard-rule-request.json", "UpdateGuardRuleRequest"),
            Map.entry("update-routing-rule-request.json", "UpdateRoutingRuleRequest"),
            Map.entry("update-intent-request.json", "UpdateIntentRequest"),
            Map.entry("update-intent-response.json", "IntentResponse"),
            Map.entry("get-intent-event-response.json", "IntentEventResponse"),
            Map.entry("set-intent-event-request.json", "SetIntentEventRequest"),
            Map.entry("set-intent-event-response.json", "IntentEventResponse"),
            Map.entry("update-webhook-request.json", "UpdateWebhookRequest"),
            Map.entry("update-webhook-response.json", "WebhookResponse"),
            Map.entry("provision-call-channel-request.json", "ProvisionCallChannelRequest"),
            Map.entry("assign-sip-trunk-request.json", "AssignSipTrunkRequest"),
            Map.entry("assign-sip-trunk-response.json", "SipTrunkAssignmentResponse"),
            Map.entry("assign-phone-number-trunk-request.json", "AssignPhoneNumberTrunkRequest"),
            Map.entry("assign-phone-number-trunk-response.json", "PhoneNumberChannelsResponse"));

    private final ObjectNode request = (ObjectNode) SpecResources.jsonTree(SpecResources.REFERENCE_REQUEST);
    private final ObjectNode response = (ObjectNode) SpecResources.jsonTree(SpecResources.REFERENCE_RESPONSE);

    static Stream<Arguments> agentPageExamples() {
        return AGENT_PAGE_EXAMPLES.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(example -> Arguments.of(example.getKey(), example.getValue()));
    }

    @ParameterizedTest(name = "{0} is a {1}")
    @MethodSource("agentPageExamples")
    void agentPageExampleFitsItsComponentWithNoUnknownProperty(String file, String component) {
        JsonNode example = SpecResources.jsonTree(AGENT_PAGES + file);
        if (file.equals("update-webhook-request.json")) {
            // Mintlify shows "<string>" for every string; the page types this one string<uri>, which
            // the placeholder cannot be. Every other value is checked as the page shows it.
            assertThat(example.get("url").asText()).isEqualTo("<string>");
            ((ObjectNode) example).put("url", "https://hooks.example.com/mihu");
        }

        assertThat(STRICT.violationsOfComponent(example, component)).isEmpty();
    }

    @Test
    void everyAgentPageExampleOnTheClassPathIsChecked() throws IOException, URISyntaxException {
        Path folder = Path.of(SpecResources.url(AGENT_PAGES).toURI());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(AGENT_PAGE_EXAMPLES.keySet());
        }
    }

    @Test
    void rejectsAnUnknownPropertyInAnAgentPageExample() {
        ObjectNode rule = (ObjectNode) SpecResources.jsonTree(AGENT_PAGES + "add-guard-rule-request.json");
        rule.put("severity", "high");

        assertThat(STRICT.violationsOfComponent(rule, "GuardRuleInput"))
                .anySatisfy(violation -> assertThat(violation).contains("severity"));
    }

    @Test
    void referenceRequestIsACreateAgentRequestWithNoUnknownProperty() {
        assertThat(STRICT.violationsOfComponent(request, "CreateAgentRequest")).isEmpty();
    }

    @Test
    void referenceResponseIsACreateAgentResponseWithNoUnknownProperty() {
        assertThat(STRICT.violationsOfComponent(response, "CreateAgentResponse"))
                .isEmpty();
    }

    @Test
    void rejectsAnUnknownPropertyDeepInTheRequest() {
        ((ObjectNode) request.at("/procedures/0/steps/0")).put("duration", 5);

        assertThat(STRICT.violationsOfComponent(request, "CreateAgentRequest"))
                .anySatisfy(violation -> assertThat(violation)
                        .startsWith("/procedures/0/steps/0")
                        .contains("duration"));
    }

    @Test
    void rejectsAnUnknownPropertyInTheResponseEnvelope() {
        response.put("request_id", "abc");

        assertThat(STRICT.violationsOfComponent(response, "CreateAgentResponse"))
                .anySatisfy(violation -> assertThat(violation).contains("request_id"));
    }

    @Test
    void rejectsAValueOfTheWrongType() {
        ((ObjectNode) request.at("/routing_rules/0")).put("priority", "high");

        assertThat(STRICT.violationsOfComponent(request, "CreateAgentRequest"))
                .anySatisfy(violation -> assertThat(violation).startsWith("/routing_rules/0/priority"));
    }

    @Test
    void rejectsAMalformedUuidInANullableField() {
        ((ObjectNode) request.at("/guard_rules/0")).put("destination_agent_uuid", "agent-42");

        assertThat(STRICT.violationsOfComponent(request, "CreateAgentRequest"))
                .anySatisfy(violation -> assertThat(violation).startsWith("/guard_rules/0/destination_agent_uuid"));
    }

    @Test
    void rejectsASpeedOutsideTheRequestEnum() {
        request.put("speed", "slow");

        assertThat(STRICT.violationsOfComponent(request, "CreateAgentRequest"))
                .anySatisfy(violation -> assertThat(violation).startsWith("/speed"));
    }

    @Test
    void rejectsAResponseWithoutTheAgent() {
        response.remove("data");

        assertThat(STRICT.violationsOfComponent(response, "CreateAgentResponse"))
                .anySatisfy(violation -> assertThat(violation).contains("data"));
    }

    @Test
    void acceptsNullForANullableFieldAndAnyKeyInAFreeFormMap() {
        request.putNull("description");
        ((ObjectNode) request.at("/settings/voice")).put("voice_id", "aria").put("pitch", 1.2);

        assertThat(STRICT.violationsOfComponent(request, "CreateAgentRequest")).isEmpty();
    }

    @Test
    void rejectsNullForAFieldThatIsNotNullable() {
        request.putNull("name");

        assertThat(STRICT.violationsOfComponent(request, "CreateAgentRequest"))
                .anySatisfy(violation -> assertThat(violation).startsWith("/name"));
    }
}
