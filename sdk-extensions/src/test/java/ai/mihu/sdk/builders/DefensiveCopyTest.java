package ai.mihu.sdk.builders;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.sdk.model.CreateAgentRequest;
import ai.mihu.sdk.model.GuidelineInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A built request shares no mutable state with the caller's collections, the builder, or other results. */
class DefensiveCopyTest {

    @Test
    void changingAListAfterPassingItDoesNotChangeTheRequest() {
        List<String> phrases = new ArrayList<>(List.of("invoice"));
        List<String> channels = new ArrayList<>(List.of("phone"));
        CreateAgentRequestBuilder builder = CreateAgentRequests.builder("Sales Agent")
                .addRoutingRule(r -> r.phrases(phrases))
                .addGuardRule(g -> g.selectedChannels(channels).examplePhrases(phrases));

        phrases.add("refund");
        channels.set(0, "fax");
        CreateAgentRequest request = builder.build();

        assertThat(request.getRoutingRules().get(0).getPhrases()).containsExactly("invoice");
        assertThat(request.getGuardRules().get(0).getSelectedChannels()).containsExactly("phone");
        assertThat(request.getGuardRules().get(0).getExamplePhrases()).containsExactly("invoice");
    }

    @Test
    void changingAMapOrAMapNestedInItAfterPassingItDoesNotChangeTheRequest() {
        Map<String, Object> nested = new HashMap<>(Map.of("enabled", true));
        List<Object> items = new ArrayList<>(List.of("Company size?"));
        Map<String, Object> voice = new HashMap<>(Map.of("voice_id", "aria", "greeting", nested));
        Map<String, Object> questions = new HashMap<>(Map.of("items", items));
        CreateAgentRequestBuilder builder = CreateAgentRequests.builder("Sales Agent")
                .settings(s -> s.voice(voice))
                .appointments(a -> a.addScheduleAssignment(s -> s.questions(questions)));

        voice.put("voice_id", "echo");
        nested.put("enabled", false);
        items.add("Budget?");
        CreateAgentRequest request = builder.build();

        assertThat(request.getSettings().getVoice())
                .isEqualTo(Map.of("voice_id", "aria", "greeting", Map.of("enabled", true)));
        assertThat(request.getAppointments().getScheduleAssignments().get(0).getQuestions())
                .isEqualTo(Map.of("items", List.of("Company size?")));
    }

    @Test
    void changingTheBuilderAfterBuildDoesNotChangeTheBuiltRequest() {
        CreateAgentRequestBuilder builder = SalesAgentFixture.fullyPopulated();
        CreateAgentRequest request = builder.build();
        Object before = SalesAgentFixture.JSON.valueToTree(request);

        builder.name("Renamed")
                .addGuideline("Another")
                .settings(s -> s.voice(Map.of("voice_id", "echo")))
                .appointments(a -> a.enabled(false).addScheduleAssignment(s -> s.name("Second")))
                .addGuardRule(g -> g.name("Late"));

        assertThat((Object) SalesAgentFixture.JSON.valueToTree(request)).isEqualTo(before);
    }

    @Test
    void buildReturnsAFreshModelEachTime() {
        CreateAgentRequestBuilder builder = SalesAgentFixture.fullyPopulated();

        CreateAgentRequest first = builder.build();
        CreateAgentRequest second = builder.build();

        assertThat(first).isNotSameAs(second).isEqualTo(second);
        assertThat(first.getGuidelines()).isNotSameAs(second.getGuidelines());
        assertThat(first.getGuidelines().get(0))
                .isNotSameAs(second.getGuidelines().get(0));
        assertThat(first.getSettings().getText())
                .isNotSameAs(second.getSettings().getText());
        assertThat(first.getSettings().getText().get("greeting"))
                .isNotSameAs(second.getSettings().getText().get("greeting"));
        assertThat(first.getRoutingRules().get(0).getPhrases())
                .isNotSameAs(second.getRoutingRules().get(0).getPhrases());
    }

    @Test
    void changingABuiltRequestDoesNotChangeTheBuilderOrLaterResults() {
        CreateAgentRequestBuilder builder = SalesAgentFixture.fullyPopulated();
        CreateAgentRequest first = builder.build();

        first.getGuidelines().add(new GuidelineInput().content("Sneaked in"));
        first.getGuidelines().get(0).setContent("Changed");
        first.getSettings().getVoice().put("voice_id", "echo");
        first.getRoutingRules().get(0).getPhrases().clear();
        first.getAppointments().getScheduleAssignments().get(0).getSlotRules().put("duration_minutes", 60);
        CreateAgentRequest second = builder.build();

        assertThat(second).isEqualTo(SalesAgentFixture.fullyPopulated().build());
    }
}
