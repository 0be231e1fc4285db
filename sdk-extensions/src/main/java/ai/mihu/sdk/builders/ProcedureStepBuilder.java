package ai.mihu.sdk.builders;

import ai.mihu.sdk.model.ProcedureStep;
import java.util.UUID;

/**
 * Builds one {@link ProcedureStep}: a step of a procedure.
 *
 * <p>Reached through {@link ProcedureBuilder#addStep(java.util.function.Consumer)}. Unlike
 * guidelines and notes, a step gets no order unless one is set: the spec does not say whether
 * step positions start at 0 or 1, so the builder does not guess. Not thread-safe.
 */
public final class ProcedureStepBuilder {

    private Integer order;
    private String description;
    private UUID intentUuid;

    ProcedureStepBuilder() {
    }

    /**
     * Sets the position of the step within the procedure.
     *
     * @param order the position
     * @return this builder
     */
    public ProcedureStepBuilder order(int order) {
        this.order = order;
        return this;
    }

    /**
     * Sets what the agent does in this step.
     *
     * @param description the step, such as {@code "Ask for the caller's email address."};
     *     {@code null} unsets it
     * @return this builder
     */
    public ProcedureStepBuilder description(String description) {
        this.description = description;
        return this;
    }

    /**
     * Sets the intent this step waits for.
     *
     * @param intentUuid identifier of the intent; {@code null} unsets it
     * @return this builder
     */
    public ProcedureStepBuilder intentUuid(UUID intentUuid) {
        this.intentUuid = intentUuid;
        return this;
    }

    /** A fresh model with this builder's values, not validated. */
    ProcedureStep toModel() {
        return new ProcedureStep().order(order).description(description).intentUuid(intentUuid);
    }
}
