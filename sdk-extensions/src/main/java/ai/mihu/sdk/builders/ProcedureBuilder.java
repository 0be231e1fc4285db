package ai.mihu.sdk.builders;

import ai.mihu.sdk.model.ProcedureInput;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds one {@link ProcedureInput}: a step-by-step procedure the agent can follow.
 *
 * <pre>{@code
 * .addProcedure(p -> p.name("Book a demo")
 *         .description("Collect contact details and book a demo slot.")
 *         .addStep(s -> s.order(1).description("Ask for the caller's email address."))
 *         .addStep(s -> s.order(2).description("Offer the next two free demo slots.")))
 * }</pre>
 *
 * <p>Reached through {@link CreateAgentRequestBuilder#addProcedure(Consumer)}. Not thread-safe.
 */
public final class ProcedureBuilder {

    private String name;
    private String description;
    /** Null entries stand for a null customizer, reported by validation under their index. */
    private final List<ProcedureStepBuilder> steps = new ArrayList<>();

    ProcedureBuilder() {
    }

    /**
     * Sets the name of the procedure. Required: a missing or empty name fails
     * {@link CreateAgentRequestBuilder#build()}.
     *
     * @param name the name, such as {@code "Book a demo"}
     * @return this builder
     */
    public ProcedureBuilder name(String name) {
        this.name = name;
        return this;
    }

    /**
     * Sets what the procedure is for.
     *
     * @param description the purpose; {@code null} unsets it
     * @return this builder
     */
    public ProcedureBuilder description(String description) {
        this.description = description;
        return this;
    }

    /**
     * Appends a step described by {@code step}.
     *
     * @param step customizes the new step; {@code null} makes
     *     {@link CreateAgentRequestBuilder#build()} fail at {@code procedures[i].steps[j]}
     * @return this builder
     */
    public ProcedureBuilder addStep(Consumer<ProcedureStepBuilder> step) {
        steps.add(Customizers.apply(step, new ProcedureStepBuilder()));
        return this;
    }

    /**
     * Appends a step with only a description and no order.
     *
     * @param description what the agent does in the step
     * @return this builder
     */
    public ProcedureBuilder addStep(String description) {
        return addStep(s -> s.description(description));
    }

    /** A fresh model with this builder's values, not validated. */
    ProcedureInput toModel() {
        return new ProcedureInput()
                .name(name)
                .description(description)
                .steps(steps.isEmpty() ? null : Customizers.toModels(steps, ProcedureStepBuilder::toModel));
    }
}
