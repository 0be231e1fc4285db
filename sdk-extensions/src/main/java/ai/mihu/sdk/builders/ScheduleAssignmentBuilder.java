package ai.mihu.sdk.builders;

import ai.mihu.sdk.errors.InvalidRequestException.Violation;
import ai.mihu.sdk.model.ScheduleAssignment;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds one {@link ScheduleAssignment}: a schedule the agent books appointments on, with its
 * booking rules.
 *
 * <pre>{@code
 * .addScheduleAssignment(s -> s.scheduleUuid(scheduleId)
 *         .priority(SchedulePriorities.PRIMARY)
 *         .status(ScheduleAssignmentStatuses.ACTIVE)
 *         .name("Demo calendar")
 *         .slotRules(Map.of("duration_minutes", 30)))
 * }</pre>
 *
 * <p>The rule objects ({@code slot_rules}, {@code rescheduling}, {@code cancellation},
 * {@code questions}, {@code approval}) are free-form JSON objects, copied deeply when set.
 * Reached through {@link AppointmentsBuilder#addScheduleAssignment(java.util.function.Consumer)}.
 * Not thread-safe.
 */
public final class ScheduleAssignmentBuilder {

    private UUID scheduleUuid;
    private String priority;
    private String status;
    private String name;
    private String description;
    private Map<String, Object> slotRules;
    private Map<String, Object> rescheduling;
    private Map<String, Object> cancellation;
    private Map<String, Object> questions;
    private Map<String, Object> approval;

    ScheduleAssignmentBuilder() {
    }

    /**
     * Sets the schedule to book on.
     *
     * @param scheduleUuid identifier of the schedule; {@code null} unsets it
     * @return this builder
     */
    public ScheduleAssignmentBuilder scheduleUuid(UUID scheduleUuid) {
        this.scheduleUuid = scheduleUuid;
        return this;
    }

    /**
     * Sets the priority of this schedule among the agent's schedules. An open vocabulary: use
     * {@link ai.mihu.sdk.enums.SchedulePriorities} for the known values; others are sent as given.
     *
     * @param priority the priority, such as {@link ai.mihu.sdk.enums.SchedulePriorities#PRIMARY};
     *     {@code null} unsets it
     * @return this builder
     */
    public ScheduleAssignmentBuilder priority(String priority) {
        this.priority = priority;
        return this;
    }

    /**
     * Sets the status of the assignment. An open vocabulary: use
     * {@link ai.mihu.sdk.enums.ScheduleAssignmentStatuses} for the known values.
     *
     * @param status the status, such as {@link ai.mihu.sdk.enums.ScheduleAssignmentStatuses#ACTIVE};
     *     {@code null} unsets it
     * @return this builder
     */
    public ScheduleAssignmentBuilder status(String status) {
        this.status = status;
        return this;
    }

    /**
     * Sets the name of the assignment.
     *
     * @param name the name, such as {@code "Demo calendar"}; {@code null} unsets it
     * @return this builder
     */
    public ScheduleAssignmentBuilder name(String name) {
        this.name = name;
        return this;
    }

    /**
     * Sets what the assignment is for.
     *
     * @param description the purpose; {@code null} unsets it
     * @return this builder
     */
    public ScheduleAssignmentBuilder description(String description) {
        this.description = description;
        return this;
    }

    /**
     * Sets the rules for which slots may be booked, replacing any set before.
     *
     * @param slotRules a free-form JSON object, such as {@code Map.of("duration_minutes", 30)};
     *     {@code null} unsets it
     * @return this builder
     */
    public ScheduleAssignmentBuilder slotRules(Map<String, ?> slotRules) {
        this.slotRules = JsonObjects.copy(slotRules);
        return this;
    }

    /**
     * Sets the rules for rescheduling appointments, replacing any set before.
     *
     * @param rescheduling a free-form JSON object; {@code null} unsets it
     * @return this builder
     */
    public ScheduleAssignmentBuilder rescheduling(Map<String, ?> rescheduling) {
        this.rescheduling = JsonObjects.copy(rescheduling);
        return this;
    }

    /**
     * Sets the rules for cancelling appointments, replacing any set before.
     *
     * @param cancellation a free-form JSON object; {@code null} unsets it
     * @return this builder
     */
    public ScheduleAssignmentBuilder cancellation(Map<String, ?> cancellation) {
        this.cancellation = JsonObjects.copy(cancellation);
        return this;
    }

    /**
     * Sets the questions asked while booking, replacing any set before.
     *
     * @param questions a free-form JSON object; {@code null} unsets it
     * @return this builder
     */
    public ScheduleAssignmentBuilder questions(Map<String, ?> questions) {
        this.questions = JsonObjects.copy(questions);
        return this;
    }

    /**
     * Sets whether and how bookings are approved, replacing any set before.
     *
     * @param approval a free-form JSON object; {@code null} unsets it
     * @return this builder
     */
    public ScheduleAssignmentBuilder approval(Map<String, ?> approval) {
        this.approval = JsonObjects.copy(approval);
        return this;
    }

    /** A fresh model with deep copies of this builder's values, not validated. */
    ScheduleAssignment toModel() {
        return new ScheduleAssignment()
                .scheduleUuid(scheduleUuid)
                .priority(priority)
                .status(status)
                .name(name)
                .description(description)
                .slotRules(JsonObjects.copy(slotRules))
                .rescheduling(JsonObjects.copy(rescheduling))
                .cancellation(JsonObjects.copy(cancellation))
                .questions(JsonObjects.copy(questions))
                .approval(JsonObjects.copy(approval));
    }

    /** Reports what the validator cannot see: null keys in the free-form objects. */
    void collectProblems(String path, List<Violation> problems) {
        JsonObjects.reportNullKeys(slotRules, PropertyPath.child(path, ScheduleAssignment.JSON_PROPERTY_SLOT_RULES), problems);
        JsonObjects.reportNullKeys(rescheduling, PropertyPath.child(path, ScheduleAssignment.JSON_PROPERTY_RESCHEDULING), problems);
        JsonObjects.reportNullKeys(cancellation, PropertyPath.child(path, ScheduleAssignment.JSON_PROPERTY_CANCELLATION), problems);
        JsonObjects.reportNullKeys(questions, PropertyPath.child(path, ScheduleAssignment.JSON_PROPERTY_QUESTIONS), problems);
        JsonObjects.reportNullKeys(approval, PropertyPath.child(path, ScheduleAssignment.JSON_PROPERTY_APPROVAL), problems);
    }
}
