package ai.mihu.sdk.contracts.pact;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.sdk.contracts.ProjectFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Run after the consumer tests (surefire execution {@code verify-pacts}): every operation of
 * {@code spec/openapi.yaml} has at least one interaction in the pacts they wrote, so an operation
 * added to the spec fails the build until the SDK's contract covers it.
 */
@Tag("pact-verification")
class EveryOperationHasAPactTest {

    @Test
    void everySpecOperationAppearsInAPact() {
        List<Path> pacts = PactFiles.in(ProjectFiles.pactDirectory());
        assertThat(pacts)
                .withFailMessage(
                        "No pact file in %s: the consumer pact tests did not run", ProjectFiles.pactDirectory())
                .isNotEmpty();

        List<SpecOperationCoverage.SpecOperation> missing =
                SpecOperationCoverage.of(ProjectFiles.spec()).missingFrom(pacts);
        assertThat(missing)
                .withFailMessage("Operations of the spec without an interaction in %s: %s", pacts, missing)
                .isEmpty();
    }
}
