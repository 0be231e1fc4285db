package ai.mihu.sdk.testing;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.AgentSettings;
import ai.mihu.sdk.model.AgentStatus;
import ai.mihu.sdk.model.AppointmentsConfig;
import ai.mihu.sdk.model.CreateAgentRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

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
      throw new IllegalStateException("The contract accepted a create request the models cannot turn into an agent", e);
    }
    OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    agent.agentUuid(uuids.get()).createdAt(now).updatedAt(now);
    fillScalars(agent);
    fillSettings(agent);
    fillAppointments(agent);
    fillItems(agent);
    return agent;
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

  private static void fillAppointments(Agent agent) {
    AppointmentsConfig appointments =
        agent.getAppointments() == null ? new AppointmentsConfig() : agent.getAppointments();
    if (appointments.getEnabled() == null) {
      appointments.enabled(false);
    }
    if (appointments.getRandomAssignment() == null) {
      appointments.randomAssignment(false);
    }
    if (appointments.getScheduleAssignments() == null) {
      appointments.scheduleAssignments(new ArrayList<>());
    }
    agent.appointments(appointments);
  }

  private void fillItems(Agent agent) {
    agent.guidelines(each(agent.getGuidelines(), (item, index) -> {
      item.uuid(uuids.get());
      if (item.getOrder() == null) {
        item.order(index);
      }
    }));
    agent.notes(each(agent.getNotes(), (item, index) -> {
      item.uuid(uuids.get());
      if (item.getOrder() == null) {
        item.order(index);
      }
    }));
    agent.procedures(each(agent.getProcedures(), (item, index) -> {
      item.uuid(uuids.get());
      if (item.getSteps() == null) {
        item.steps(new ArrayList<>());
      }
    }));
    agent.training(each(agent.getTraining(), (item, index) -> item.uuid(uuids.get())));
    agent.routingRules(each(agent.getRoutingRules(), (item, index) -> {
      item.uuid(uuids.get());
      if (item.getPhrases() == null) {
        item.phrases(new ArrayList<>());
      }
      if (item.getIsActive() == null) {
        item.isActive(true);
      }
    }));
    agent.guardRules(each(agent.getGuardRules(), (item, index) -> {
      item.uuid(uuids.get());
      if (item.getExamplePhrases() == null) {
        item.examplePhrases(new ArrayList<>());
      }
      if (item.getSelectedChannels() == null) {
        item.selectedChannels(new ArrayList<>());
      }
      if (item.getIsActive() == null) {
        item.isActive(true);
      }
      if (item.getIsDefault() == null) {
        item.isDefault(false);
      }
    }));
    // Managed by other endpoints; a new agent has none.
    agent.intents(new ArrayList<>());
    agent.webhooks(new ArrayList<>());
    agent.phoneNumbers(new ArrayList<>());
    agent.channels(new ArrayList<>());
  }

  /** Completes each item with its position, and turns an absent list into an empty one. */
  private static <T> List<T> each(List<T> items, ItemCompleter<T> completer) {
    List<T> result = items == null ? new ArrayList<>() : new ArrayList<>(items);
    for (int index = 0; index < result.size(); index++) {
      completer.complete(result.get(index), index);
    }
    return result;
  }

  /** Fills in one list item; the index is its position in the request. */
  @FunctionalInterface
  private interface ItemCompleter<T> {
    void complete(T item, int index);
  }
}
