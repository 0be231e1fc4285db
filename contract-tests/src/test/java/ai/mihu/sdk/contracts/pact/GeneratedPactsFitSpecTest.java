package ai.mihu.sdk.contracts.pact;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.sdk.contracts.ProjectFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The pact-vs-spec gate, run after the consumer tests (surefire execution {@code verify-pacts}):
 * every interaction of every pact the consumer tests wrote must fit {@code spec/openapi.yaml},
 * request and response, with no undeclared property. No pact at all fails too.
 */
@Tag("pact-verification")
class GeneratedPactsFitSpecTest {

    @Test
    void everyGeneratedPactFitsTheSpec() {
        PactValidationReport report =
                PactSpecValidator.forSpec(ProjectFiles.spec()).validateAll(ProjectFiles.pactDirectory());

        assertThat(report.hasErrors()).withFailMessage("%n%s", report.render()).isFalse();
    }
}
