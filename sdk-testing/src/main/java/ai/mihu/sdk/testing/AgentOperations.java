package ai.mihu.sdk.testing;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.AppointmentsConfig;
import ai.mihu.sdk.model.CreateAgentResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The operations on agents as a whole: create, list, the {@code PATCH} of an agent, and the
 * replacement of its appointment settings (a section that is one object, not a list).
 */
final class AgentOperations {

    private static final Map<String, ItemSection> SECTIONS_BY_PROPERTY =
            ItemSection.ALL.stream().collect(Collectors.toUnmodifiableMap(ItemSection::property, Function.identity()));

    private final MockMihuServer server;
    private final Tenant tenant;
    private final AgentFactory factory;
    private final Supplier<UUID> uuids;
    private final int createdStatus;

    AgentOperations(
            MockMihuServer server, Tenant tenant, AgentFactory factory, Supplier<UUID> uuids, int createdStatus) {
        this.server = server;
        this.tenant = tenant;
        this.factory = factory;
        this.uuids = uuids;
        this.createdStatus = createdStatus;
    }

    /** Creates the agent, completes it as the test asked, stores it and answers it. */
    OperationHandler create() {
        return call -> {
            Agent agent = server.completeCreated(factory.create(call.body()));
            server.storeCreated(agent);
            CreateAgentResponse response = new CreateAgentResponse()
                    .success(true)
                    .message("Agent created successfully")
                    .data(agent);
            return new OperationResult(Answer.json(createdStatus, response), agent.getAgentUuid());
        };
    }

    /** The stored agents, oldest first, in {@code data.items}. */
    OperationHandler list() {
        return call -> {
            ObjectNode data = MockMihuJson.MAPPER.createObjectNode();
            data.putArray("items").addAll(tenant.agents());
            return OperationResult.ok("Agents retrieved successfully", data);
        };
    }

    /**
     * Changes what was sent: a collection section sent replaces that section (its items get new
     * uuids), other properties are merged ({@code null} clears, an object such as {@code settings}
     * is merged property by property).
     */
    OperationHandler update() {
        return call -> OperationResult.ok("Agent updated successfully", tenant.change(call.agentUuid(), draft -> {
            ObjectNode agent = draft.agent();
            call.body().properties().forEach(entry -> {
                Optional<ItemSection> section = Optional.ofNullable(SECTIONS_BY_PROPERTY.get(entry.getKey()));
                if (section.isPresent() && !entry.getValue().isNull()) {
                    agent.set(entry.getKey(), section.get().newItems(entry.getValue(), uuids));
                } else {
                    MergePatch.applyProperty(agent, entry.getKey(), entry.getValue());
                }
            });
            MockMihuJson.requireShapeOf(agent, Agent.class);
            return agent;
        }));
    }

    /** Replaces the appointment settings, with the defaults a create fills in for what was not sent. */
    OperationHandler replaceAppointments() {
        return call ->
                OperationResult.ok("Appointments replaced successfully", tenant.change(call.agentUuid(), draft -> {
                    draft.agent()
                            .set(
                                    "appointments",
                                    MockMihuJson.MAPPER.valueToTree(AgentFactory.completeAppointments(
                                            read(call.body(), AppointmentsConfig.class))));
                    return draft.agent();
                }));
    }

    private static <T> T read(JsonNode body, Class<T> type) {
        try {
            return MockMihuJson.MAPPER.treeToValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "The contract accepted a body that does not read as " + type.getSimpleName(), e);
        }
    }
}
