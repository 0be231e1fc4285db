package ai.mihu.sdk.contracts.pact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import ai.mihu.sdk.contracts.ProjectFiles;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * PactFlow's bi-directional check, run after the consumer tests (surefire execution
 * {@code verify-pacts}): every pact the consumer tests wrote must be compatible with
 * {@code spec/openapi.yaml} by {@code @pactflow/swagger-mock-validator}'s default rules. No pact at
 * all fails too.
 */
@Tag("pact-verification")
class GeneratedPactsPassPactflowValidatorTest {

    @Test
    void everyGeneratedPactIsCompatibleWithTheSpecForPactflow() {
        assumeFalse(ProjectFiles.nodeToolsSkipped(), "Node.js tools are switched off (-Dspec.lint.skip=true)");
        List<PactflowMockValidator.Verdict> verdicts = PactflowMockValidator.of(
                        ProjectFiles.pactflowValidator(), ProjectFiles.spec())
                .validateAll(ProjectFiles.pactDirectory());

        assertThat(verdicts)
                .withFailMessage(
                        "No pact file in %s: the consumer pact tests did not run", ProjectFiles.pactDirectory())
                .isNotEmpty();
        assertThat(verdicts)
                .withFailMessage(
                        "%n%s",
                        verdicts.stream()
                                .map(PactflowMockValidator.Verdict::render)
                                .collect(Collectors.joining("\n")))
                .allMatch(PactflowMockValidator.Verdict::compatible);
    }
}
