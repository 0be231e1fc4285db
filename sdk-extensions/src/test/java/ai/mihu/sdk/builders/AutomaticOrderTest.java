package ai.mihu.sdk.builders;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.sdk.model.CreateAgentRequest;
import ai.mihu.sdk.model.GuidelineInput;
import ai.mihu.sdk.model.NoteInput;
import ai.mihu.sdk.model.ProcedureStep;
import org.junit.jupiter.api.Test;

/** Guidelines and notes without an explicit order get their position in the list, starting at 0. */
class AutomaticOrderTest {

    @Test
    void guidelinesWithoutOrderGetTheirIndex() {
        CreateAgentRequest request = CreateAgentRequests.builder("Sales Agent")
                .addGuideline("first")
                .addGuideline(g -> g.content("pinned").order(7))
                .addGuideline(g -> g.content("third"))
                .build();

        assertThat(request.getGuidelines()).extracting(GuidelineInput::getOrder).containsExactly(0, 7, 2);
    }

    @Test
    void notesWithoutOrderGetTheirIndex() {
        CreateAgentRequest request = CreateAgentRequests.builder("Sales Agent")
                .addNote("first")
                .addNote("second")
                .addNote(n -> n.content("pinned").order(0))
                .build();

        assertThat(request.getNotes()).extracting(NoteInput::getOrder).containsExactly(0, 1, 0);
    }

    @Test
    void procedureStepsGetNoOrderUnlessOneIsSet() {
        CreateAgentRequest request = CreateAgentRequests.builder("Sales Agent")
                .addProcedure(
                        p -> p.name("Book a demo").addStep("Ask for the email.").addStep(s -> s.order(2)))
                .build();

        assertThat(request.getProcedures().get(0).getSteps())
                .extracting(ProcedureStep::getOrder)
                .containsExactly(null, 2);
    }
}
