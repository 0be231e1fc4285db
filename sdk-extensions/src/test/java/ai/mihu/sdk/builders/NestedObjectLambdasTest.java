package ai.mihu.sdk.builders;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.sdk.model.CreateAgentRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Nested objects are described with lambdas; calling the same method again goes on with the same object. */
class NestedObjectLambdasTest {

    @Test
    void settingsAndAppointmentsLambdasAccumulateAcrossCalls() {
        CreateAgentRequest request = CreateAgentRequests.builder("Sales Agent")
                .settings(s -> s.voice(Map.of("voice_id", "aria")))
                .settings(s -> s.text(Map.of("max_reply_chars", 400)))
                .appointments(a -> a.enabled(true))
                .appointments(a -> a.addScheduleAssignment(s -> s.name("Demo calendar")))
                .build();

        assertThat(request.getSettings().getVoice()).containsEntry("voice_id", "aria");
        assertThat(request.getSettings().getText()).containsEntry("max_reply_chars", 400);
        assertThat(request.getAppointments().getEnabled()).isTrue();
        assertThat(request.getAppointments().getScheduleAssignments()).hasSize(1);
    }
}
