package ai.mihu.sdk.contracts.pact;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.sdk.contracts.ProjectFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Proves that the coverage check finds the operations a pact leaves out, and matches path templates. */
class SpecOperationCoverageTest {

    private static final SpecOperationCoverage COVERAGE = SpecOperationCoverage.of(ProjectFiles.spec());

    @Test
    void readsEveryOperationOfTheSpec() {
        assertThat(COVERAGE.operations())
                .extracting(SpecOperationCoverage.SpecOperation::operationId)
                .hasSize(25)
                .doesNotHaveDuplicates()
                .contains("createAgent", "listAgents", "deleteAgentProcedure", "assignPhoneNumberTrunk");
    }

    @Test
    void reportsEveryOperationAPactWithOnlyTheCreateLeavesOut() {
        List<SpecOperationCoverage.SpecOperation> missing =
                COVERAGE.missingFrom(List.of(ProjectFiles.testResource("pact-fixtures/create-agent-valid.json")));

        assertThat(missing)
                .extracting(SpecOperationCoverage.SpecOperation::operationId)
                .hasSize(24)
                .doesNotContain("createAgent")
                .contains("listAgents", "updateAgent", "getAgentIntentEvent");
    }

    @Test
    void matchesAPathParameterToOneSegmentOnly() {
        SpecOperationCoverage.SpecOperation delete = new SpecOperationCoverage.SpecOperation(
                "deleteAgentProcedure", "DELETE", "/api/v1/agents/{uuid}/procedures/{procedureUuid}");

        assertThat(delete.isExercisedBy("DELETE", "/api/v1/agents/a1/procedures/p1"))
                .isTrue();
        assertThat(delete.isExercisedBy("PATCH", "/api/v1/agents/a1/procedures/p1"))
                .isFalse();
        assertThat(delete.isExercisedBy("DELETE", "/api/v1/agents/a1/procedures/p1/steps"))
                .isFalse();
        assertThat(delete.isExercisedBy("DELETE", "/api/v1/agents/a1/x/procedures/p1"))
                .isFalse();
    }
}
