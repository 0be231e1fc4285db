package ai.mihu.sdk.internal;

import ai.mihu.sdk.internal.api.AgentsApi;
import ai.mihu.sdk.internal.invoker.ApiClient;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The generated client wired the way the SDK facade wires it: bearer auth registered by the
 * scheme's name, and the mapper told to leave unset fields out of request bodies.
 *
 * <p>The NON_NULL inclusion is the one runtime tweak the generated code needs: its own mapper
 * writes every unset optional field as {@code null}. The generated encoder holds this very
 * mapper instance, so configuring it before the first call is enough.
 */
final class SdkConfiguredClient {

    private final ApiClient apiClient;
    private final AgentsApi agents;

    /**
     * @param baseUrl where the API is served, without a trailing slash
     * @param bearerToken the API token
     */
    SdkConfiguredClient(String baseUrl, String bearerToken) {
        apiClient = new ApiClient("bearerAuth");
        apiClient.setBearerToken(bearerToken);
        apiClient.getObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
        apiClient.setBasePath(baseUrl);
        agents = apiClient.buildClient(AgentsApi.class);
    }

    AgentsApi agents() {
        return agents;
    }

    ObjectMapper objectMapper() {
        return apiClient.getObjectMapper();
    }
}
