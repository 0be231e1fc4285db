package ai.mihu.sdk.builders;

import ai.mihu.sdk.errors.InvalidRequestException.Violation;
import ai.mihu.sdk.model.AppointmentsConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds the {@link AppointmentsConfig} of a new agent: how it schedules appointments.
 *
 * <pre>{@code
 * .appointments(a -> a.enabled(true)
 *         .randomAssignment(false)
 *         .addScheduleAssignment(s -> s.scheduleUuid(scheduleId).priority(SchedulePriorities.PRIMARY)))
 * }</pre>
 *
 * <p>Reached through {@link CreateAgentRequestBuilder#appointments(Consumer)}. Not thread-safe.
 */
public final class AppointmentsBuilder {

    private Boolean enabled;
    private Boolean randomAssignment;
    /** Null entries stand for a null customizer, reported by validation under their index. */
    private final List<ScheduleAssignmentBuilder> scheduleAssignments = new ArrayList<>();

    AppointmentsBuilder() {
    }

    /**
     * Sets whether the agent schedules appointments.
     *
     * @param enabled {@code true} to let the agent book appointments
     * @return this builder
     */
    public AppointmentsBuilder enabled(boolean enabled) {
        this.enabled = enabled;
        return this;
    }

    /**
     * Sets whether appointments go to a schedule chosen at random.
     *
     * @param randomAssignment {@code true} to pick a schedule at random
     * @return this builder
     */
    public AppointmentsBuilder randomAssignment(boolean randomAssignment) {
        this.randomAssignment = randomAssignment;
        return this;
    }

    /**
     * Appends a schedule the agent books appointments on.
     *
     * @param assignment customizes the new assignment; {@code null} makes
     *     {@link CreateAgentRequestBuilder#build()} fail at {@code appointments.schedule_assignments[i]}
     * @return this builder
     */
    public AppointmentsBuilder addScheduleAssignment(Consumer<ScheduleAssignmentBuilder> assignment) {
        scheduleAssignments.add(Customizers.apply(assignment, new ScheduleAssignmentBuilder()));
        return this;
    }

    /** A fresh model with this builder's values, not validated. */
    AppointmentsConfig toModel() {
        return new AppointmentsConfig()
                .enabled(enabled)
                .randomAssignment(randomAssignment)
                .scheduleAssignments(scheduleAssignments.isEmpty()
                        ? null
                        : Customizers.toModels(scheduleAssignments, ScheduleAssignmentBuilder::toModel));
    }

    /** Reports what the validator cannot see in the nested assignments. */
    void collectProblems(String path, List<Violation> problems) {
        String listPath = PropertyPath.child(path, AppointmentsConfig.JSON_PROPERTY_SCHEDULE_ASSIGNMENTS);
        for (int i = 0; i < scheduleAssignments.size(); i++) {
            ScheduleAssignmentBuilder assignment = scheduleAssignments.get(i);
            if (assignment != null) {
                assignment.collectProblems(PropertyPath.item(listPath, i), problems);
            }
        }
    }
}
