package ai.mihu.sdk.testing;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.AgentSettings;
import ai.mihu.sdk.model.AgentStatus;
import ai.mihu.sdk.model.AppointmentsConfig;
import ai.mihu.sdk.model.CreateAgentRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Makes the agent a create request describes, as the server would store it: every sent field
 * echoed, a fresh {@code agent_uuid}, a fresh {@code uuid} for each guideline, note, procedure,
 * training example, routing rule and guard rule, {@code created_at} and {@code updated_at}, and
 * these defaults for what was not sent:
 *
 * <ul>
 *   <li>{@code status} {@code pending}, {@code language} {@code en}, {@code speed} {@code normal},
 *       {@code timezone} {@code UTC};
 *   <li>{@code appointment_scheduling_enabled} and {@code appointment_scheduling_randomly} false;
 *   <li>{@code settings} with empty {@code voice}, {@code text}, {@code memorize} and {@code
 *       evaluation} objects; {@code appointments} disabled with no schedules;
 *   <li>empty lists for every list, including the server-managed {@code intents}, {@code webhooks},
 *       {@code phone_numbers} and {@code channels};
 *   <li>a guideline's or note's {@code order} is its position; a routing or guard rule is active; a
 *       guard rule is not a default rule.
 * </ul>
 */
final class AgentFactory {

    private final Clock clock;
    private final Supplier<UUID> uuids;

    AgentFactory(Clock clock, Supplier<UUID> uuids) {
        this.clock = clock;
        this.uuids = uuids;
    }

    /**
     * The agent for a request body the contract has accepted.
     *
     * @throws IllegalStateException if the body cannot be read as a {@link CreateAgentRequest}, or a
     *     request field has no counterpart in {@link Agent}: the contract and the models disagree
     */
    Agent create(JsonNode body) {
        Agent agent;
        try {
            CreateAgentRequest request = MockMihuJson.MAPPER.treeToValue(body, CreateAgentRequest.class);
            agent = MockMihuJson.STRICT_MAPPER.convertValue(request, Agent.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "The contract accepted a create request the models cannot turn into an agent", e);
        }
        OffsetDateTime now =
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        agent.agentUuid(uuids.get()).createdAt(now).updatedAt(now);
        fillScalars(agent);
        fillSettings(agent);
        agent.appointments(completeAppointments(agent.getAppointments()));
        return withItems(agent);
    }

    private static void fillScalars(Agent agent) {
        if (agent.getStatus() == null) {
            agent.status(AgentStatus.PENDING);
        }
        if (agent.getLanguage() == null) {
            agent.language("en");
        }
        if (agent.getSpeed() == null) {
            agent.speed("normal");
        }
        if (agent.getTimezone() == null) {
            agent.timezone("UTC");
        }
        if (agent.getAppointmentSchedulingEnabled() == null) {
            agent.appointmentSchedulingEnabled(false);
        }
        if (agent.getAppointmentSchedulingRandomly() == null) {
            agent.appointmentSchedulingRandomly(false);
        }
    }

    private static void fillSettings(Agent agent) {
        AgentSettings settings = agent.getSettings() == null ? new AgentSettings() : agent.getSettings();
        if (settings.getVoice() == null) {
            settings.voice(new LinkedHashMap<>());
        }
        if (settings.getText() == null) {
            settings.text(new LinkedHashMap<>());
        }
        if (settings.getMemorize() == null) {
            settings.memorize(new LinkedHashMap<>());
        }
        if (settings.getEvaluation() == null) {
            settings.evaluation(new LinkedHashMap<>());
        }
        agent.settings(settings);
    }

    /**
     * Appointment settings with the defaults for what was not sent: disabled, no random assignment,
     * no schedules. A create and a replace of the appointments both fill them in.
     *
     * @param sent the settings sent, or null
     */
    static AppointmentsConfig completeAppointments(@Nullable AppointmentsConfig sent) {
        AppointmentsConfig appointments = sent == null ? new AppointmentsConfig() : sent;
        if (appointments.getEnabled() == null) {
            appointments.enabled(false);
        }
        if (appointments.getRandomAssignment() == null) {
            appointments.randomAssignment(false);
        }
        if (appointments.getScheduleAssignments() == null) {
            appointments.scheduleAssignments(new ArrayList<>());
        }
        return appointments;
    }

    /** Makes each section's items with their uuids and defaults, and the server-managed lists empty. */
    private Agent withItems(Agent agent) {
        ObjectNode tree = MockMihuJson.MAPPER.valueToTree(agent);
        for (ItemSection section : ItemSection.ALL) {
            tree.set(section.property(), section.newItems(tree.get(section.property()), uuids));
        }
        // Managed by other endpoints; a new agent has none.
        for (String managed : List.of("intents", "webhooks", "phone_numbers", "channels")) {
            tree.putArray(managed);
        }
        try {
            return MockMihuJson.MAPPER.treeToValue(tree, Agent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The agent made from a create request does not read as an Agent", e);
        }
    }
}
