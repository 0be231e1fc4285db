package ai.mihu.sdk.contracts.gate;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.sdk.contracts.ProjectFiles;
import org.junit.jupiter.api.Test;

/**
 * The breaking-change gate itself, run by every build: {@code spec/openapi.yaml} must not break
 * clients of the last released spec, {@code spec/baseline/openapi.yaml}, unless its major version
 * was raised.
 */
class ReleasedSpecCompatibilityTest {

    @Test
    void specDoesNotBreakClientsOfTheLastRelease() {
        CompatibilityReport report =
                SpecCompatibilityGate.withProjectPolicy().compare(ProjectFiles.releasedSpec(), ProjectFiles.spec());

        assertThat(report.passes()).withFailMessage("%n%s", report.render()).isTrue();
    }
}
