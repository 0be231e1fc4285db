package ai.mihu.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.sdk.internal.api.AgentsApi;
import feign.MethodMetadata;
import feign.RequestTemplate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SlashEncodingContractTest {

    private final List<MethodMetadata> methods =
            new SlashEncodingContract(new JsonOnlyContract()).parseAndValidateMetadata(AgentsApi.class);

    @Test
    void aSlashInAPathParameterStaysEncodedAndAddsNoPathSegment() {
        MethodMetadata update = methods.stream()
                .filter(method -> method.configKey().startsWith("AgentsApi#updateAgentWithHttpInfo("))
                .findFirst()
                .orElseThrow();

        RequestTemplate resolved = RequestTemplate.from(update.template()).resolve(Map.of("uuid", "a/b"));

        assertThat(resolved.url()).isEqualTo("/api/v1/agents/a%2Fb");
    }

    @Test
    void everyOperationKeepsSlashesEncoded() {
        assertThat(methods)
                .isNotEmpty()
                .allSatisfy(method -> assertThat(method.template().decodeSlash())
                        .as(method.configKey())
                        .isFalse());
    }

    @Test
    void stillTakesTheJsonHeadersOutOfTheTemplates() {
        assertThat(methods)
                .allSatisfy(method -> assertThat(method.template().headers())
                        .as(method.configKey())
                        .doesNotContainKeys(RequestHeaders.ACCEPT, RequestHeaders.CONTENT_TYPE));
    }
}
