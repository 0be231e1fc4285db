package ai.mihu.sdk.contracts.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import ai.mihu.sdk.contracts.ProjectFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves that the PactFlow check fails on what PactFlow rejects: hand-written V4 pacts, one that
 * expects only declared keys and two that expect a key the spec does not declare, one of them
 * inside a free-form object (which the Atlassian validator lets through).
 */
class PactflowMockValidatorTest {

    private static PactflowMockValidator validator;

    @BeforeAll
    static void installedValidator() {
        assumeFalse(ProjectFiles.nodeToolsSkipped(), "Node.js tools are switched off (-Dspec.lint.skip=true)");
        validator = PactflowMockValidator.of(ProjectFiles.pactflowValidator(), ProjectFiles.spec());
    }

    @Test
    void acceptsAPactThatExpectsOnlyDeclaredKeys() {
        PactflowMockValidator.Verdict verdict =
                validator.validate(ProjectFiles.testResource("pact-fixtures/create-agent-valid.json"));

        assertThat(verdict.compatible())
                .withFailMessage("%n%s", verdict.render())
                .isTrue();
        assertThat(verdict.output()).contains("0 error(s)");
    }

    @Test
    void rejectsAKeyInsideAFreeFormObjectThatTheSpecDoesNotDeclare() {
        PactflowMockValidator.Verdict verdict =
                validator.validate(ProjectFiles.testResource("pact-fixtures/drift-key-in-free-form-object.json"));

        assertThat(verdict.compatible()).isFalse();
        assertThat(verdict.render())
                .contains("NOT compatible")
                .contains("1 error(s)")
                .contains("response.body.incompatible")
                .contains("voice_id");
    }

    @Test
    void rejectsAResponseFieldTheSpecDoesNotDeclare() {
        PactflowMockValidator.Verdict verdict =
                validator.validate(ProjectFiles.testResource("pact-fixtures/drift-extra-response-field.json"));

        assertThat(verdict.compatible()).isFalse();
        assertThat(verdict.output()).contains("voice_model");
    }

    @Test
    void namesAMissingPactFile() {
        Path missing = ProjectFiles.testResource("pact-fixtures/no-such-pact.json");

        assertThatThrownBy(() -> validator.validate(missing))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-pact.json");
    }

    @Test
    void saysHowToInstallAMissingValidator() {
        assertThatThrownBy(() -> PactflowMockValidator.of(Path.of("target/not-installed.mjs"), ProjectFiles.spec()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("npm ci");
    }
}
