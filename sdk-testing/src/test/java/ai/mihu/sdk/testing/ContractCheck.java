package ai.mihu.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Checks the mock's answers against the contract, parsed and validated here independently of the
 * mock's own code: a response the contract does not allow fails the test.
 */
final class ContractCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContractCheck() {}

    /** Asserts that the response is one the contract allows for {@code POST /api/v1/agents}. */
    static void assertAllowedCreateResponse(HttpResponse<String> response) {
        SimpleResponse.Builder answer =
                SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
        response.headers().map().forEach(answer::withHeader);
        ValidationReport report =
                Holder.VALIDATOR.validateResponse(MihuHttp.AGENTS, Request.Method.POST, answer.build());
        assertThat(report.getMessages())
                .as("the contract's verdict on %s %s", response.statusCode(), response.body())
                .isEmpty();
    }

    /**
     * Asserts that the response is one the contract allows for the operation at {@code method} and
     * {@code path}, undeclared properties included.
     */
    static void assertAllowedResponse(String method, String path, HttpResponse<String> response) {
        SimpleResponse.Builder answer =
                SimpleResponse.Builder.status(response.statusCode()).withBody(response.body());
        response.headers().map().forEach(answer::withHeader);
        ValidationReport report =
                Holder.VALIDATOR.validateResponse(path, Request.Method.valueOf(method), answer.build());
        assertThat(report.getMessages())
                .as(
                        "the contract's verdict on %s %s answered %s %s",
                        method, path, response.statusCode(), response.body())
                .isEmpty();
    }

    /**
     * The contract's verdict on a JSON answer to {@code POST /api/v1/agents}, as messages; empty when
     * the contract allows it.
     */
    static ValidationReport createResponseVerdict(int status, String body) {
        SimpleResponse answer = SimpleResponse.Builder.status(status)
                .withContentType("application/json")
                .withBody(body)
                .build();
        return Holder.VALIDATOR.validateResponse(MihuHttp.AGENTS, Request.Method.POST, answer);
    }

    /** The spec's own example of a create request, as JSON. */
    static JsonNode requestExample() {
        OpenAPI api = new OpenAPIV3Parser().readContents(Holder.SPEC).getOpenAPI();
        return JSON.valueToTree(api.getComponents()
                .getExamples()
                .get("CreateAgentRequestExample")
                .getValue());
    }

    /** Built once; undeclared response properties count as errors, the validator's default. */
    private static final class Holder {
        static final String SPEC = readSpec();
        static final OpenApiInteractionValidator VALIDATOR =
                OpenApiInteractionValidator.createForInlineApiSpecification(SPEC)
                        .build();

        private static String readSpec() {
            try (InputStream in =
                    ContractCheck.class.getClassLoader().getResourceAsStream("ai/mihu/spec/openapi.yaml")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
