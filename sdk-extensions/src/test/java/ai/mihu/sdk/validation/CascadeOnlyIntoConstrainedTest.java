package ai.mihu.sdk.validation;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.sdk.errors.InvalidRequestException;
import ai.mihu.sdk.model.CreateAgentRequest;
import ai.mihu.sdk.model.GuardRuleInput;
import ai.mihu.sdk.model.ProcedureInput;
import ai.mihu.sdk.model.ProcedureStep;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.annotation.ElementType;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CascadeOnlyIntoConstrainedTest {

    private final CascadeOnlyIntoConstrained cascades = new CascadeOnlyIntoConstrained();

    @BeforeEach
    void useTheValidatorsMetadata() {
        Validator validator = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory()
                .getValidator();
        cascades.useMetadataOf(validator);
    }

    @Test
    void skipsEnumValuesWhichHoldNoConstraint() {
        assertThat(cascadable(new CreateAgentRequest(), "status")).isFalse();
        assertThat(cascadable(new GuardRuleInput(), "thenAction")).isFalse();
    }

    @Test
    void skipsListsOfModelsWithNothingToCheckAtAnyDepth() {
        // A guard rule's only cascades lead to enum values: nothing beneath it has a constraint.
        assertThat(cascadable(new CreateAgentRequest(), "guardRules")).isFalse();
    }

    @Test
    void skipsJdkValueClassesAndModelsHoldingOnlyThem() {
        // A step's only cascade is its intent's UUID, a JDK class without constraints.
        assertThat(cascadable(new ProcedureStep(), "intentUuid")).isFalse();
        assertThat(cascadable(new ProcedureInput(), "steps")).isFalse();
    }

    @Test
    void cascadesIntoModelsWithConstraints() {
        // Guidelines constrain their content and order, procedures their name.
        assertThat(cascadable(new CreateAgentRequest(), "guidelines")).isTrue();
        assertThat(cascadable(new CreateAgentRequest(), "procedures")).isTrue();
    }

    @Test
    void aProblemInsideAModelWhoseCascadeIsKeptIsStillReported() {
        CreateAgentRequest request = new CreateAgentRequest()
                .name("Sales Agent")
                .procedures(java.util.List.of(new ProcedureInput().steps(java.util.List.of(new ProcedureStep()))));

        assertThat(RequestValidator.validate(request))
                .extracting(InvalidRequestException.Violation::path)
                .containsExactly("procedures[0].name");
    }

    @Test
    void cascadesWhereItDoesNotKnowTheProperty() {
        assertThat(cascadable(new CreateAgentRequest(), "noSuchProperty")).isTrue();
        assertThat(cascadable(null, "status")).isTrue();
    }

    private boolean cascadable(Object bean, String property) {
        return cascades.isCascadable(
                bean, new PropertyNode(property), CreateAgentRequest.class, null, ElementType.METHOD);
    }

    /** The node Hibernate Validator passes for a bean property. */
    private record PropertyNode(String name) implements Path.Node {
        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean isInIterable() {
            return false;
        }

        @Override
        public Integer getIndex() {
            return null;
        }

        @Override
        public Object getKey() {
            return null;
        }

        @Override
        public ElementKind getKind() {
            return ElementKind.PROPERTY;
        }

        @Override
        public <T extends Path.Node> T as(Class<T> nodeType) {
            return nodeType.cast(this);
        }
    }
}
