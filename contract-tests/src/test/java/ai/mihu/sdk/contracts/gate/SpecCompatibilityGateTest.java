package ai.mihu.sdk.contracts.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.mihu.sdk.contracts.ProjectFiles;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pins what the breaking-change gate lets through: each test changes one thing in a copy of the
 * real spec and compares it with the real spec as the released one.
 */
class SpecCompatibilityGateTest {

    private static final String AGENT = "/components/schemas/Agent";
    private static final String CREATE_REQUEST = "/components/schemas/CreateAgentRequest";

    private final SpecCompatibilityGate gate = SpecCompatibilityGate.withProjectPolicy();

    @TempDir
    Path directory;

    @Test
    void catchesARemovedOptionalResponseField() {
        CompatibilityReport report = compareWith(SpecVariant.ofRealSpec()
                .change(spec -> spec.object(AGENT + "/properties").remove("recommendations")));

        assertThat(report.passes()).isFalse();
        assertThat(report.breakingChanges())
                .contains(new BreakingChange(
                        "POST /api/v1/agents, response 201 (application/json), $.data.recommendations",
                        "property removed"))
                .contains(new BreakingChange(
                        "POST /api/v1/agents, response 200 (application/json), $.data.recommendations",
                        "property removed"));
        assertThat(report.render())
                .contains("$.data.recommendations: property removed")
                .contains("Rejected")
                .contains("raising info.version to 2.0.0");
    }

    @Test
    void catchesARemovedFieldInsideAnArrayItem() {
        CompatibilityReport report = compareWith(SpecVariant.ofRealSpec()
                .change(spec ->
                        spec.object("/components/schemas/Webhook/properties").remove("has_secret")));

        assertThat(report.passes()).isFalse();
        assertThat(report.breakingChanges())
                .extracting(BreakingChange::toString)
                .anyMatch(change -> change.endsWith("$.data.webhooks[].has_secret: property removed"));
    }

    @Test
    void catchesANewRequiredRequestField() {
        CompatibilityReport report = compareWith(SpecVariant.ofRealSpec().change(spec -> {
            spec.object(CREATE_REQUEST + "/properties")
                    .putObject("workspace_uuid")
                    .put("type", "string")
                    .put("format", "uuid")
                    .put("description", "Workspace of the agent.");
            spec.array(CREATE_REQUEST + "/required").add("workspace_uuid");
        }));

        assertThat(report.passes()).isFalse();
        assertThat(report.breakingChanges())
                .contains(new BreakingChange(
                        "POST /api/v1/agents, request body (application/json), $",
                        "newly required request property [workspace_uuid]"));
    }

    @Test
    void catchesAnExistingRequestFieldBecomingRequired() {
        CompatibilityReport report = compareWith(SpecVariant.ofRealSpec()
                .change(spec -> spec.array(CREATE_REQUEST + "/required").add("language")));

        assertThat(report.passes()).isFalse();
        assertThat(report.breakingChanges())
                .extracting(BreakingChange::what)
                .contains("newly required request property [language]");
    }

    @Test
    void catchesARemovedEnumValueInRequestsAndResponses() {
        CompatibilityReport report = compareWith(SpecVariant.ofRealSpec().change(spec -> {
            var values = spec.array("/components/schemas/AgentStatus/enum");
            values.remove(indexOf(values, "paused"));
        }));

        assertThat(report.passes()).isFalse();
        assertThat(report.breakingChanges())
                .contains(new BreakingChange(
                        "POST /api/v1/agents, request body (application/json), $.status",
                        "enum value removed [paused]"))
                .contains(new BreakingChange(
                        "POST /api/v1/agents, response 201 (application/json), $.data.status",
                        "enum value removed [paused]"));
    }

    @Test
    void catchesAChangedPropertyType() {
        CompatibilityReport report = compareWith(SpecVariant.ofRealSpec()
                .change(spec -> spec.object("/components/schemas/Guideline/properties/order")
                        .put("type", "string")
                        .remove("format")));

        assertThat(report.passes()).isFalse();
        assertThat(report.breakingChanges())
                .extracting(BreakingChange::toString)
                .anyMatch(change -> change.contains("$.data.guidelines[].order: type changed from integer to string"));
    }

    @Test
    void catchesARemovedResponseStatus() {
        CompatibilityReport report = compareWith(SpecVariant.ofRealSpec()
                .change(spec ->
                        spec.object("/paths/~1api~1v1~1agents/post/responses").remove("201")));

        assertThat(report.passes()).isFalse();
        assertThat(report.breakingChanges())
                .contains(new BreakingChange("POST /api/v1/agents, response 201", "response removed"));
    }

    @Test
    void letsANewOptionalRequestFieldPass() {
        CompatibilityReport report = compareWith(SpecVariant.ofRealSpec()
                .change(spec -> spec.object(CREATE_REQUEST + "/properties")
                        .putObject("voice_model")
                        .put("type", "string")
                        .put("description", "Voice model the agent speaks with.")));

        assertThat(report.breakingChanges()).isEmpty();
        assertThat(report.passes()).isTrue();
        assertThat(report.changeLog()).contains("voice_model");
    }

    @Test
    void letsANewResponseFieldPass() {
        CompatibilityReport report = compareWith(SpecVariant.ofRealSpec()
                .change(spec -> spec.object(AGENT + "/properties")
                        .putObject("archived_at")
                        .put("type", "string")
                        .put("format", "date-time")
                        .put("description", "When archived.")));

        assertThat(report.breakingChanges()).isEmpty();
        assertThat(report.passes()).isTrue();
    }

    @Test
    void letsANewEnumValuePassBecauseClientsMustAcceptUnknownValues() {
        CompatibilityReport report = compareWith(SpecVariant.ofRealSpec()
                .change(spec ->
                        spec.array("/components/schemas/AgentStatus/enum").add("archived")));

        assertThat(report.breakingChanges()).isEmpty();
        assertThat(report.passes()).isTrue();
    }

    @Test
    void acceptsABreakingChangeReleasedAsANewMajorVersion() {
        CompatibilityReport report = compareWith(SpecVariant.ofRealSpec()
                .withVersion("2.0.0")
                .change(spec -> spec.object(AGENT + "/properties").remove("recommendations")));

        assertThat(report.breakingChanges()).isNotEmpty();
        assertThat(report.passes()).isTrue();
        assertThat(report.render()).contains("Accepted: the major version goes from 1 to 2");
    }

    @Test
    void aMinorVersionBumpDoesNotExcuseABreakingChange() {
        CompatibilityReport report = compareWith(SpecVariant.ofRealSpec()
                .withVersion("1.1.0")
                .change(spec -> spec.object(AGENT + "/properties").remove("recommendations")));

        assertThat(report.passes()).isFalse();
    }

    @Test
    void refusesASpecWhoseVersionIsNotSemantic() {
        Path candidate =
                SpecVariant.ofRealSpec().withVersion("November release").writeTo(directory);

        assertThatThrownBy(() -> gate.compare(ProjectFiles.spec(), candidate))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("info.version 'November release' is not a semantic version");
    }

    @Test
    void namesAMissingSpecFile() {
        assertThatThrownBy(() -> gate.compare(directory.resolve("absent.yaml"), ProjectFiles.spec()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("The released spec")
                .hasMessageContaining("absent.yaml does not exist");
    }

    private CompatibilityReport compareWith(SpecVariant candidate) {
        return gate.compare(ProjectFiles.spec(), candidate.writeTo(directory));
    }

    private static int indexOf(ArrayNode values, String value) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).equals(TextNode.valueOf(value))) {
                return i;
            }
        }
        throw new IllegalArgumentException(value + " is not in " + values);
    }
}
