package ai.mihu.sdk.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.mihu.sdk.errors.InvalidRequestException;
import ai.mihu.sdk.errors.InvalidRequestException.Violation;
import ai.mihu.sdk.model.CreateAgentRequest;
import ai.mihu.sdk.model.GuardRuleAction;
import ai.mihu.sdk.model.GuardRuleInput;
import ai.mihu.sdk.model.GuidelineInput;
import ai.mihu.sdk.model.ProcedureInput;
import ai.mihu.sdk.model.ProcedureStep;
import ai.mihu.sdk.model.RoutingRuleInput;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestValidatorTest {

    @Test
    void acceptsMinimalRequest() {
        assertThat(RequestValidator.validate(new CreateAgentRequest().name("Sales Agent")))
                .isEmpty();
    }

    @Test
    void rejectsMissingName() {
        assertThat(RequestValidator.validate(new CreateAgentRequest()))
                .extracting(Violation::path)
                .containsExactly("name");
    }

    @Test
    void rejectsBlankName() {
        assertThat(RequestValidator.validate(new CreateAgentRequest().name("   ")))
                .extracting(Violation::path)
                .containsExactly("name");
    }

    @Test
    void saysABlankNameIsBlankRatherThanQuotingTheSpecsRegex() {
        assertThat(RequestValidator.validate(new CreateAgentRequest().name(" \t\n")))
                .containsExactly(new Violation("name", "must not be blank"));
    }

    @Test
    void reportsNestedListItemsUnderTheirJsonPath() {
        CreateAgentRequest request = new CreateAgentRequest()
                .name("Sales Agent")
                .guidelines(List.of(new GuidelineInput().content("ok"), new GuidelineInput().order(-1)))
                .procedures(List.of(new ProcedureInput().description("no name")));

        assertThat(RequestValidator.validate(request))
                .extracting(Violation::path)
                .containsExactly("guidelines[1].content", "guidelines[1].order", "procedures[0].name");
    }

    @Test
    void rejectsUnknownEnumConstantBecauseTheServerWouldNot() {
        CreateAgentRequest request = new CreateAgentRequest()
                .name("Sales Agent")
                .guardRules(List.of(new GuardRuleInput().name("r").thenAction(GuardRuleAction.of("escalate"))));

        assertThat(RequestValidator.validate(request))
                .singleElement()
                .satisfies(v -> assertThat(v.path()).isEqualTo("guard_rules[0].then_action"));
    }

    @Test
    void rejectsNullListItems() {
        List<GuidelineInput> guidelines = new ArrayList<>();
        guidelines.add(null);
        CreateAgentRequest request =
                new CreateAgentRequest().name("Sales Agent").guidelines(guidelines);

        assertThat(RequestValidator.validate(request))
                .extracting(Violation::path)
                .containsExactly("guidelines[0]");
    }

    @Test
    void reportsNullItemsAndUnknownEnumsDeepInNestedListsUnderTheirFullPath() {
        List<String> phrases = new ArrayList<>();
        phrases.add("Billing, please");
        phrases.add(null);
        List<ProcedureStep> steps = new ArrayList<>();
        steps.add(new ProcedureStep().order(1).description("Ask for the email."));
        steps.add(null);
        CreateAgentRequest request = new CreateAgentRequest()
                .name("Sales Agent")
                .addProceduresItem(new ProcedureInput().name("Book a demo").steps(steps))
                .addRoutingRulesItem(new RoutingRuleInput().phrases(phrases))
                .addGuardRulesItem(new GuardRuleInput().name("Rule").thenAction(GuardRuleAction.FORWARD))
                .addGuardRulesItem(new GuardRuleInput().name("Rule").thenAction(GuardRuleAction.of("escalate")));

        assertThat(RequestValidator.validate(request))
                .extracting(Violation::path)
                .contains("procedures[0].steps[1]", "routing_rules[0].phrases[1]", "guard_rules[1].then_action")
                .doesNotContain("guard_rules[0].then_action", "routing_rules[0].phrases[0]");
    }

    @Test
    void requireValidThrowsWithEveryViolationInTheMessage() {
        CreateAgentRequest request = new CreateAgentRequest()
                .guardRules(List.of(new GuardRuleInput().thenAction(GuardRuleAction.of("escalate"))));

        assertThatThrownBy(() -> RequestValidator.requireValid(request))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("name:")
                .hasMessageContaining("guard_rules[0].then_action:")
                .satisfies(e ->
                        assertThat(((InvalidRequestException) e).violations()).hasSize(2));
    }

    @Test
    void rejectsNullRequest() {
        assertThat(RequestValidator.validate(null))
                .extracting(Violation::message)
                .containsExactly("the request must not be null");
    }
}
