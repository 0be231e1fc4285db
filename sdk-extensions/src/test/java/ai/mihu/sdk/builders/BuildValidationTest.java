package ai.mihu.sdk.builders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.mihu.sdk.errors.InvalidRequestException;
import ai.mihu.sdk.errors.InvalidRequestException.Violation;
import ai.mihu.sdk.model.AgentStatus;
import ai.mihu.sdk.model.CreateAgentRequest;
import ai.mihu.sdk.model.GuardRuleAction;
import ai.mihu.sdk.model.RoutingDetectionMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** build() refuses what the API would refuse, and says where. */
class BuildValidationTest {

    @Test
    void buildRejectsMissingName() {
        assertThat(pathsOf(CreateAgentRequests.builder())).containsExactly("name");
    }

    @Test
    void buildRejectsBlankName() {
        assertThatThrownBy(() -> CreateAgentRequests.builder(" \t ").build())
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("name:");
    }

    @Test
    void buildReportsNestedProblemsUnderTheirJsonPath() {
        CreateAgentRequestBuilder builder = CreateAgentRequests.builder("Sales Agent")
                .addProcedure(p -> p.description("no name"))
                .addGuardRule(g -> g.name("ok").thenAction(GuardRuleAction.FORWARD))
                .addGuardRule(g -> g.name("unknown action").thenAction(GuardRuleAction.of("escalate")))
                .addRoutingRule(r -> r.detectionMode(RoutingDetectionMode.of("semantic")));

        assertThat(pathsOf(builder))
                .containsExactly("guard_rules[1].then_action", "procedures[0].name", "routing_rules[0].detection_mode");
    }

    @Test
    void buildReportsEveryProblemAtOnceSortedByPath() {
        CreateAgentRequestBuilder builder = CreateAgentRequests.builder()
                .status(AgentStatus.of("archived"))
                .addGuideline(g -> g.content("").order(-1))
                .addNote((String) null);

        assertThat(pathsOf(builder))
                .containsExactly("guidelines[0].content", "guidelines[0].order", "name", "notes[0].content", "status");
    }

    @Test
    void nullPassedToAnAdderIsReportedAtBuildUnderTheItemPath() {
        CreateAgentRequestBuilder builder = CreateAgentRequests.builder("Sales Agent")
                .addGuideline("fine")
                .addGuideline((String) null)
                .addGuideline((Consumer<GuidelineInputBuilder>) null)
                .addNote((Consumer<NoteInputBuilder>) null)
                .addProcedure(p -> p.name("Book a demo").addStep((Consumer<ProcedureStepBuilder>) null))
                .addTrainingExample(null)
                .addRoutingRule(r -> r.addPhrase(null))
                .addGuardRule(g -> g.addExamplePhrase(null).addSelectedChannel(null))
                .addGuardRule(null)
                .appointments(a -> a.addScheduleAssignment(null));

        assertThat(pathsOf(builder))
                .containsExactly(
                        "appointments.schedule_assignments[0]",
                        "guard_rules[0].example_phrases[0]",
                        "guard_rules[0].selected_channels[0]",
                        "guard_rules[1]",
                        "guidelines[1].content",
                        "guidelines[2]",
                        "notes[0]",
                        "procedures[0].steps[0]",
                        "routing_rules[0].phrases[0]",
                        "training[0]");
    }

    @Test
    void nullLambdaForANestedObjectIsReportedAtBuild() {
        InvalidRequestException thrown = catchThrowableOfType(
                InvalidRequestException.class,
                () -> CreateAgentRequests.builder("Sales Agent")
                        .settings(null)
                        .appointments(null)
                        .build());

        assertThat(thrown.violations())
                .containsExactly(
                        new Violation("appointments", "appointments(...) was given a null lambda"),
                        new Violation("settings", "settings(...) was given a null lambda"));
    }

    @Test
    void nullListItemsInACollectionArePassedThroughAndReported() {
        List<String> phrases = new java.util.ArrayList<>();
        phrases.add("ok");
        phrases.add(null);

        assertThat(pathsOf(CreateAgentRequests.builder("Sales Agent").addRoutingRule(r -> r.phrases(phrases))))
                .containsExactly("routing_rules[0].phrases[1]");
    }

    @Test
    void nullKeysInFreeFormObjectsAreReportedAtBuildInsteadOfFailingTheEncoder() {
        Map<String, Object> voice = new HashMap<>();
        voice.put(null, "aria");
        Map<String, Object> window = new HashMap<>();
        window.put(null, 9);
        Map<String, Object> slotRules = Map.of("window", window, "list", List.of(Map.of(), window));

        CreateAgentRequestBuilder builder = CreateAgentRequests.builder("Sales Agent")
                .settings(s -> s.voice(voice))
                .appointments(a -> a.addScheduleAssignment(s -> s.slotRules(slotRules)));

        assertThat(pathsOf(builder))
                .containsExactly(
                        "appointments.schedule_assignments[0].slot_rules.list[1]",
                        "appointments.schedule_assignments[0].slot_rules.window",
                        "settings.voice");
    }

    @Test
    void nullPassedToASetterUnsetsTheProperty() {
        CreateAgentRequest request = CreateAgentRequests.builder("Sales Agent")
                .description("first")
                .description(null)
                .status(AgentStatus.READY)
                .status(null)
                .addRoutingRule(r -> r.addPhrase("x").phrases(null))
                .build();

        assertThat(request.getDescription()).isNull();
        assertThat(request.getStatus()).isNull();
        assertThat(request.getRoutingRules())
                .singleElement()
                .satisfies(rule -> assertThat(rule.getPhrases()).isNull());
    }

    @Test
    void exceptionMessageNamesEveryPathAndSaysNothingWasSent() {
        assertThatThrownBy(() -> CreateAgentRequests.builder()
                        .addGuardRule(g -> g.thenAction(GuardRuleAction.of("escalate")))
                        .build())
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("Invalid request, nothing was sent: ")
                .hasMessageContaining("guard_rules[0].then_action: ")
                .hasMessageContaining("name: ");
    }

    private static List<String> pathsOf(CreateAgentRequestBuilder builder) {
        InvalidRequestException thrown = catchThrowableOfType(InvalidRequestException.class, builder::build);
        assertThat(thrown)
                .as("build() should have thrown InvalidRequestException")
                .isNotNull();
        return thrown.violations().stream().map(Violation::path).toList();
    }
}
