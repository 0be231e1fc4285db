package ai.mihu.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Routes derived from the contract's path templates, and the merge a PATCH applies. */
class RoutingAndMergeTest {

    private static final Contract CONTRACT = Contract.shared();

    @Test
    void routesAMethodAndPathToItsOperationAndPathParameters() {
        Route route =
                CONTRACT.route("PATCH", "/api/v1/agents/a1/routing-rules/r1/").orElseThrow();

        assertThat(route.operationId()).isEqualTo("updateAgentRoutingRule");
        assertThat(route.template()).isEqualTo("/api/v1/agents/{uuid}/routing-rules/{ruleUuid}");
        assertThat(route.pathParameters()).isEqualTo(Map.of("uuid", "a1", "ruleUuid", "r1"));
    }

    @Test
    void aLiteralPathWinsAndUnknownPathsOrMethodsHaveNoRoute() {
        assertThat(CONTRACT.route("PUT", "/api/v1/phone-numbers/trunks/assign"))
                .get()
                .extracting(Route::operationId)
                .isEqualTo("assignPhoneNumberTrunk");
        assertThat(CONTRACT.route("GET", "/api/v1/agents"))
                .get()
                .extracting(Route::operationId)
                .isEqualTo("listAgents");
        assertThat(CONTRACT.route("DELETE", "/api/v1/agents/a1")).isEmpty();
        assertThat(CONTRACT.route("GET", "/api/v1/agents/a1/notes/extra")).isEmpty();
        assertThat(CONTRACT.route("GET", "/api/v1/agents%2Fx")).isEmpty();
    }

    @Test
    void pathParametersArePercentDecodedButAPlusStaysAPlus() {
        assertThat(CONTRACT.route("PATCH", "/api/v1/agents/a%20b+c")
                        .orElseThrow()
                        .pathParameters())
                .containsEntry("uuid", "a b+c");
    }

    @Test
    void knowsTheDeclaredPropertiesOfEachRequestBody() {
        assertThat(CONTRACT.requestProperties("updateAgentWebhook"))
                .containsExactlyInAnyOrder("url", "events", "secret_key", "is_active");
        assertThat(CONTRACT.requestProperties("listAgents")).isEmpty();
        assertThat(CONTRACT.operationIds()).hasSize(25).contains("createAgent", "assignPhoneNumberTrunk");
    }

    @Test
    void aMergePatchKeepsWhatWasNotSentClearsNullsMergesObjectsAndReplacesLists() {
        ObjectNode target = (ObjectNode) TenantFixture.json(
                "{\"a\":1,\"b\":\"x\",\"list\":[1,2],\"obj\":{\"keep\":true,\"change\":1,\"drop\":0}}");

        MergePatch.apply(
                target,
                TenantFixture.json("{\"b\":null,\"list\":[3],\"obj\":{\"change\":2,\"drop\":null},\"new\":\"n\"}"));

        assertThat(target)
                .isEqualTo(TenantFixture.json(
                        "{\"a\":1,\"list\":[3],\"obj\":{\"keep\":true,\"change\":2},\"new\":\"n\"}"));
    }
}
