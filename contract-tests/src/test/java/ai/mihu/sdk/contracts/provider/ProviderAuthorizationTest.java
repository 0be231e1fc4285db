package ai.mihu.sdk.contracts.provider;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.sdk.contracts.consumer.ProviderStates;
import java.util.List;
import java.util.Map;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.junit.jupiter.api.Test;

/** Against a deployment, the pacts' requests carry its token, except where the token must be wrong. */
class ProviderAuthorizationTest {

    private static final String RECORDED = "Bearer test-token";

    @Test
    void replacesTheExampleTokenWithTheDeploymentsToken() {
        BasicClassicHttpRequest request = recordedRequest();

        ProviderAuthorization.authorize(request, List.of(ProviderStates.TOKEN_VALID), "tenant-token-42");

        assertThat(request.getFirstHeader("Authorization").getValue()).isEqualTo("Bearer tenant-token-42");
    }

    @Test
    void leavesTheInvalidTokenInteractionWithItsInvalidToken() {
        BasicClassicHttpRequest request = recordedRequest();

        ProviderAuthorization.authorize(request, List.of(ProviderStates.TOKEN_INVALID), "tenant-token-42");

        assertThat(request.getFirstHeader("Authorization").getValue()).isEqualTo(RECORDED);
    }

    @Test
    void leavesTheRecordedTokenWhenNoneIsConfigured() {
        BasicClassicHttpRequest request = recordedRequest();

        ProviderAuthorization.authorize(
                request, List.of(ProviderStates.TOKEN_VALID), ProviderAuthorization.configuredToken(Map.of()));

        assertThat(request.getFirstHeader("Authorization").getValue()).isEqualTo(RECORDED);
    }

    @Test
    void readsTheTokenFromTheEnvironment() {
        assertThat(ProviderAuthorization.configuredToken(Map.of(ProviderAuthorization.TOKEN_VARIABLE, " env-token ")))
                .isEqualTo("env-token");
        assertThat(ProviderAuthorization.configuredToken(Map.of(ProviderAuthorization.TOKEN_VARIABLE, "  ")))
                .isNull();
    }

    private static BasicClassicHttpRequest recordedRequest() {
        BasicClassicHttpRequest request = new BasicClassicHttpRequest("POST", "/api/v1/agents");
        request.setHeader("Authorization", RECORDED);
        return request;
    }
}
