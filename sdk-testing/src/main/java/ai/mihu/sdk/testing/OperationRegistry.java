package ai.mihu.sdk.testing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The handler of each operation of the contract, by {@code operationId}. Routing, authentication
 * and request checks come from the contract; what an operation does to the tenant's agents is one
 * entry here, made by the class for its kind of section.
 */
final class OperationRegistry {

    private final Map<String, OperationHandler> handlers;

    private OperationRegistry(Map<String, OperationHandler> handlers) {
        this.handlers = Collections.unmodifiableMap(handlers);
    }

    /** The handlers of every operation the mock implements, over one tenant. */
    static OperationRegistry standard(
            MockMihuServer server, Tenant tenant, AgentFactory factory, Supplier<UUID> uuids, int createdStatus) {
        Map<String, OperationHandler> handlers = new LinkedHashMap<>();
        AgentOperations agents = new AgentOperations(server, tenant, factory, uuids, createdStatus);
        handlers.put("createAgent", agents.create());
        handlers.put("listAgents", agents.list());
        handlers.put("updateAgent", agents.update());
        handlers.put("replaceAgentAppointments", agents.replaceAppointments());

        SectionOperations notes = new SectionOperations(ItemSection.NOTES, tenant, uuids);
        handlers.put("addAgentNote", notes.add());

        SectionOperations guidelines = new SectionOperations(ItemSection.GUIDELINES, tenant, uuids);
        handlers.put("addAgentGuideline", guidelines.add());
        handlers.put("replaceAgentGuidelines", guidelines.replaceAll());

        SectionOperations procedures = new SectionOperations(ItemSection.PROCEDURES, tenant, uuids);
        handlers.put("addAgentProcedure", procedures.add());
        handlers.put("updateAgentProcedure", procedures.update("procedureUuid"));
        handlers.put("deleteAgentProcedure", procedures.delete("procedureUuid"));

        SectionOperations training = new SectionOperations(ItemSection.TRAINING, tenant, uuids);
        handlers.put("replaceAgentTraining", training.replaceAll());
        handlers.put("updateAgentTrainingExample", training.update("trainingUuid"));

        SectionOperations guardRules = new SectionOperations(ItemSection.GUARD_RULES, tenant, uuids);
        handlers.put("replaceAgentGuardRules", guardRules.replaceAll());
        handlers.put("addAgentGuardRule", guardRules.add());
        handlers.put("updateAgentGuardRule", guardRules.update("ruleUuid"));

        SectionOperations routingRules = new SectionOperations(ItemSection.ROUTING_RULES, tenant, uuids);
        handlers.put("addAgentRoutingRule", routingRules.add());
        handlers.put("updateAgentRoutingRule", routingRules.update("ruleUuid"));
        handlers.put("deleteAgentRoutingRule", routingRules.delete("ruleUuid"));

        IntentOperations intents = new IntentOperations(tenant);
        handlers.put("updateAgentIntent", intents.update());
        handlers.put("getAgentIntentEvent", intents.getEvent());
        handlers.put("setAgentIntentEvent", intents.setEvent());

        handlers.put("updateAgentWebhook", new WebhookOperations(tenant).update());

        ChannelOperations channels = new ChannelOperations(tenant);
        handlers.put("provisionAgentCallChannel", channels.provisionCall());
        handlers.put("assignAgentCallSipTrunk", channels.assignSipTrunk());
        handlers.put("assignPhoneNumberTrunk", channels.assignPhoneNumberTrunk());
        return new OperationRegistry(handlers);
    }

    /** The handler of an operation, if the mock implements it. */
    Optional<OperationHandler> handler(String operationId) {
        return Optional.ofNullable(handlers.get(operationId));
    }

    /** The operations the mock implements. */
    Set<String> operationIds() {
        return handlers.keySet();
    }
}
