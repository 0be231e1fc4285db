package ai.mihu.sdk;

import static ai.mihu.sdk.Fixtures.json;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.AgentList;
import ai.mihu.sdk.model.CreateAgentRequest;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The list keeps what a newer server adds to it (paging, say) readable, and substitutes of the
 * service interfaces written before the new operations keep compiling and fail loudly when an
 * operation they lack is called.
 */
class AgentListAndSubstitutesTest {

    @RegisterExtension
    static WireMockExtension server =
            WireMockExtension.newInstance().options(Fixtures.loopbackServer()).build();

    @Test
    void listKeepsPropertiesThisVersionDoesNotKnow() {
        server.stubFor(
                get(urlPathEqualTo(Fixtures.AGENTS_PATH)).willReturn(json(200, """
                {"success": true, "data": {"items": [{"agent_uuid": "%s", "name": "Sales Agent"}],
                 "next_cursor": "c_2", "page": {"size": 1, "has_more": true}}}
                """.formatted(Fixtures.AGENT_UUID))));
        AgentList list;
        try (MihuClient client = Fixtures.clientFor(server.getPort()).build()) {
            list = client.agents().list();
        }
        assertThat(list.getItems()).extracting(Agent::getName).containsExactly("Sales Agent");
        assertThat(list.getAdditionalProperties())
                .containsExactly(
                        Map.entry("next_cursor", "c_2"), Map.entry("page", Map.of("size", 1, "has_more", true)));
        assertThatThrownBy(() -> list.getAdditionalProperties().put("x", 1))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    /** What a caller's test double looked like before the agents resource grew. */
    static final class CreateOnlyAgents implements AgentService {
        @Override
        public Agent create(CreateAgentRequest request) {
            return new Agent().name(request.getName());
        }

        @Override
        public MihuResponse<Agent> createWithResponse(CreateAgentRequest request) {
            throw new AssertionError("not called");
        }
    }

    static final class CreateOnlyAsyncAgents implements AsyncAgentService {
        @Override
        public CompletableFuture<Agent> create(CreateAgentRequest request) {
            return CompletableFuture.completedFuture(new Agent().name(request.getName()));
        }

        @Override
        public CompletableFuture<MihuResponse<Agent>> createWithResponse(CreateAgentRequest request) {
            throw new AssertionError("not called");
        }
    }

    @Test
    void aSubstituteWrittenBeforeTheNewOperationsFailsLoudlyOnThem() {
        AgentService agents = new CreateOnlyAgents();
        assertThat(agents.create(Fixtures.validRequest()).getName()).isEqualTo("Sales Agent");
        for (Runnable call : List.<Runnable>of(
                agents::list,
                () -> agents.update(Fixtures.AGENT_UUID, null),
                agents::notes,
                agents::procedures,
                agents::intents,
                agents::channels)) {
            assertThatThrownBy(call::run)
                    .isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining(CreateOnlyAgents.class.getName())
                    .hasMessageContaining("does not implement");
        }
        AsyncAgentService async = new CreateOnlyAsyncAgents();
        assertThatThrownBy(async::list)
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("list()");
        assertThatThrownBy(async::webhooks)
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("webhooks()");
    }
}
