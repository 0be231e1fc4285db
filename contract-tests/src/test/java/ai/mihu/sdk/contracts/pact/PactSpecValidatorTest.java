package ai.mihu.sdk.contracts.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.mihu.sdk.contracts.ProjectFiles;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proves that the pact-vs-spec check rejects drift: hand-written V4 pacts, one that fits
 * {@code spec/openapi.yaml} and one per kind of drift.
 */
class PactSpecValidatorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PactSpecValidator VALIDATOR = PactSpecValidator.forSpec(ProjectFiles.spec());

    @TempDir
    Path directory;

    @Test
    void acceptsAPactThatFitsTheSpec() {
        PactValidationReport report = VALIDATOR.validate(fixture("create-agent-valid.json"));

        assertThat(report.hasErrors()).withFailMessage("%n%s", report.render()).isFalse();
        assertThat(report.render())
                .contains(
                        "create-agent-valid.json (mihu-java-sdk -> mihu-agents-api, 1 interaction): all fit the spec");
    }

    @Test
    void rejectsAResponseFieldTheSpecDoesNotDeclare() {
        PactValidationReport report = VALIDATOR.validate(fixture("drift-extra-response-field.json"));

        assertThat(report.hasErrors()).isTrue();
        assertThat(report.render())
                .contains("interaction 'a request to create an agent, answered with a field the spec does not declare'")
                .contains("validation.response.body.schema.additionalProperties")
                .contains("voice_model");
    }

    @Test
    void rejectsAResponseFieldOfTheWrongType() {
        PactValidationReport report = VALIDATOR.validate(fixture("drift-wrong-type.json"));

        assertThat(report.hasErrors()).isTrue();
        assertThat(report.render())
                .contains("validation.response.body.schema.type")
                .contains("/data/appointment_scheduling_enabled")
                .contains("boolean");
    }

    @Test
    void rejectsARequestWithoutTheRequiredName() {
        PactValidationReport report = VALIDATOR.validate(fixture("drift-missing-required-name.json"));

        assertThat(report.hasErrors()).isTrue();
        assertThat(report.render())
                .contains("validation.request.body.schema.required")
                .contains("name");
    }

    @Test
    void rejectsARequestFieldTheSpecDoesNotDeclare() throws IOException {
        ObjectNode pact =
                (ObjectNode) JSON.readTree(fixture("create-agent-valid.json").toFile());
        ((ObjectNode) pact.at("/interactions/0/request/body/content")).put("agent_kind", "sales");
        Path drifted = directory.resolve("drift-extra-request-field.json");
        JSON.writeValue(drifted.toFile(), pact);

        PactValidationReport report = VALIDATOR.validate(drifted);

        assertThat(report.hasErrors()).isTrue();
        assertThat(report.render())
                .contains("validation.request.body.schema.additionalProperties")
                .contains("agent_kind");
    }

    @Test
    void rejectsAPactWithoutInteractions() {
        PactValidationReport report = VALIDATOR.validate(fixture("no-interactions.json"));

        assertThat(report.hasErrors()).isTrue();
        assertThat(report.render()).contains("NO INTERACTIONS");
    }

    @Test
    void checksEveryPactFileOfADirectory() throws IOException {
        Files.copy(fixture("create-agent-valid.json"), directory.resolve("a-valid.json"));
        Files.copy(fixture("drift-wrong-type.json"), directory.resolve("b-drifted.json"));
        Files.writeString(directory.resolve("notes.txt"), "not a pact");

        PactValidationReport report = VALIDATOR.validateAll(directory);

        assertThat(report.files())
                .extracting(file -> file.pactFile().getFileName().toString())
                .containsExactly("a-valid.json", "b-drifted.json");
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void failsWhenThereIsNoPactToCheck() {
        assertThatThrownBy(() -> VALIDATOR.validateAll(directory))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No pact file in")
                .hasMessageContaining("consumer pact tests must run first");
    }

    private static Path fixture(String name) {
        return ProjectFiles.testResource("pact-fixtures/" + name);
    }
}
