package ai.mihu.sdk;

import static ai.mihu.sdk.Fixtures.created;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.mihu.sdk.errors.InvalidRequestException;
import ai.mihu.sdk.errors.InvalidRequestException.Violation;
import ai.mihu.sdk.model.CreateAgentRequest;
import ai.mihu.sdk.model.GuardRuleAction;
import ai.mihu.sdk.model.GuardRuleInput;
import ai.mihu.sdk.model.ProcedureInput;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An invalid request fails in the caller's thread and not a single byte reaches the server. */
class ValidationBeforeSendingTest {

    @RegisterExtension
    static WireMockExtension server =
            WireMockExtension.newInstance().options(Fixtures.loopbackServer()).build();

    private MihuClient client;

    @BeforeEach
    void createClient() {
        server.stubFor(post(Fixtures.AGENTS_PATH).willReturn(created()));
        client = Fixtures.clientFor(server.getPort()).build();
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void rejectsNestedViolationsWithJsonPathsAndSendsNothing() {
        CreateAgentRequest request = new CreateAgentRequest()
                .name(" ")
                .procedures(List.of(new ProcedureInput().description("no name")))
                .guardRules(List.of(new GuardRuleInput().name("r").thenAction(GuardRuleAction.of("escalate"))));

        InvalidRequestException e = catchThrowableOfType(
                InvalidRequestException.class, () -> client.agents().create(request));

        assertThat(e.violations())
                .extracting(Violation::path)
                .containsExactly("guard_rules[0].then_action", "name", "procedures[0].name");
        assertThat(e.getMessage()).startsWith("Invalid request, nothing was sent: ");
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void rejectsNullRequestWithoutNullPointerException() {
        InvalidRequestException e = catchThrowableOfType(
                InvalidRequestException.class, () -> client.agents().createWithResponse(null));

        assertThat(e.violations()).extracting(Violation::message).containsExactly("the request must not be null");
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void validRequestIsSentOnce() {
        client.agents().create(Fixtures.validRequest());

        server.verify(1, anyRequestedFor(anyUrl()));
    }
}
