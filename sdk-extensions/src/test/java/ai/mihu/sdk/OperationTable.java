package ai.mihu.sdk;

import ai.mihu.sdk.model.AppointmentsConfig;
import ai.mihu.sdk.model.AssignPhoneNumberTrunkRequest;
import ai.mihu.sdk.model.AssignSipTrunkRequest;
import ai.mihu.sdk.model.CreateAgentRequest;
import ai.mihu.sdk.model.GuardRuleInput;
import ai.mihu.sdk.model.GuidelineInput;
import ai.mihu.sdk.model.NoteInput;
import ai.mihu.sdk.model.ProcedureInput;
import ai.mihu.sdk.model.ProvisionCallChannelRequest;
import ai.mihu.sdk.model.ReplaceGuardRulesRequest;
import ai.mihu.sdk.model.ReplaceGuidelinesRequest;
import ai.mihu.sdk.model.ReplaceTrainingRequest;
import ai.mihu.sdk.model.RoutingRuleInput;
import ai.mihu.sdk.model.SetIntentEventRequest;
import ai.mihu.sdk.model.UpdateAgentRequest;
import ai.mihu.sdk.model.UpdateGuardRuleRequest;
import ai.mihu.sdk.model.UpdateIntentRequest;
import ai.mihu.sdk.model.UpdateProcedureRequest;
import ai.mihu.sdk.model.UpdateRoutingRuleRequest;
import ai.mihu.sdk.model.UpdateTrainingExampleRequest;
import ai.mihu.sdk.model.UpdateWebhookRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Every operation the SDK offers, with a lambda per way of calling it: synchronous and asynchronous,
 * each with its {@code ...WithResponse} twin. {@link EveryOperationTest} checks this table against the
 * spec's list of operations, so an operation missing here (or in the SDK) fails the build.
 */
final class OperationTable {

    /** Calls one SDK method with the path ids (in the order of {@link OperationCase#idParameters()}) and the body. */
    @FunctionalInterface
    interface Call {
        Object call(MihuClient c, List<String> id, Object b);
    }

    /**
     * One operation of the spec and its four SDK methods.
     *
     * @param operationId the spec's operationId
     * @param bodyType the generated model of the request body, or {@code null} for none
     * @param idParameters the SDK method's path-id parameters, the agent's first
     */
    record OperationCase(
            String operationId,
            Class<?> bodyType,
            List<String> idParameters,
            Call sync,
            Call syncWithResponse,
            Call async,
            Call asyncWithResponse) {

        /** The four ways of calling it, named for test reports. */
        List<Variant> variants() {
            return List.of(
                    new Variant("sync", sync, false, false),
                    new Variant("sync withResponse", syncWithResponse, false, true),
                    new Variant("async", async, true, false),
                    new Variant("async withResponse", asyncWithResponse, true, true));
        }

        @Override
        public String toString() {
            return operationId;
        }
    }

    /** One way of calling an operation: it returns data or a MihuResponse, at once or in a future. */
    record Variant(String name, Call call, boolean async, boolean withResponse) {

        /** Calls it and waits, unwrapping the future's exception the way callers would. */
        Object invoke(MihuClient client, List<String> ids, Object body) {
            Object result = call.call(client, ids, body);
            if (!async) {
                return result;
            }
            try {
                return ((CompletableFuture<?>) result).join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    // The async variants' lambdas return the SDK's futures through Call, typed Object; Error Prone
    // reads that as a future ignored, but EveryOperationTest awaits every one of them.
    @SuppressWarnings("FutureReturnValueIgnored")
    static final List<OperationCase> ALL = List.of(
            new OperationCase(
                    "createAgent",
                    CreateAgentRequest.class,
                    List.of(),
                    (c, id, b) -> c.agents().create((CreateAgentRequest) b),
                    (c, id, b) -> c.agents().createWithResponse((CreateAgentRequest) b),
                    (c, id, b) -> c.async().agents().create((CreateAgentRequest) b),
                    (c, id, b) -> c.async().agents().createWithResponse((CreateAgentRequest) b)),
            new OperationCase(
                    "listAgents",
                    null,
                    List.of(),
                    (c, id, b) -> c.agents().list(),
                    (c, id, b) -> c.agents().listWithResponse(),
                    (c, id, b) -> c.async().agents().list(),
                    (c, id, b) -> c.async().agents().listWithResponse()),
            new OperationCase(
                    "updateAgent",
                    UpdateAgentRequest.class,
                    List.of("agentUuid"),
                    (c, id, b) -> c.agents().update(id.get(0), (UpdateAgentRequest) b),
                    (c, id, b) -> c.agents().updateWithResponse(id.get(0), (UpdateAgentRequest) b),
                    (c, id, b) -> c.async().agents().update(id.get(0), (UpdateAgentRequest) b),
                    (c, id, b) -> c.async().agents().updateWithResponse(id.get(0), (UpdateAgentRequest) b)),
            new OperationCase(
                    "addAgentNote",
                    NoteInput.class,
                    List.of("agentUuid"),
                    (c, id, b) -> c.agents().notes().add(id.get(0), (NoteInput) b),
                    (c, id, b) -> c.agents().notes().addWithResponse(id.get(0), (NoteInput) b),
                    (c, id, b) -> c.async().agents().notes().add(id.get(0), (NoteInput) b),
                    (c, id, b) -> c.async().agents().notes().addWithResponse(id.get(0), (NoteInput) b)),
            new OperationCase(
                    "addAgentGuideline",
                    GuidelineInput.class,
                    List.of("agentUuid"),
                    (c, id, b) -> c.agents().guidelines().add(id.get(0), (GuidelineInput) b),
                    (c, id, b) -> c.agents().guidelines().addWithResponse(id.get(0), (GuidelineInput) b),
                    (c, id, b) -> c.async().agents().guidelines().add(id.get(0), (GuidelineInput) b),
                    (c, id, b) -> c.async().agents().guidelines().addWithResponse(id.get(0), (GuidelineInput) b)),
            new OperationCase(
                    "replaceAgentGuidelines",
                    ReplaceGuidelinesRequest.class,
                    List.of("agentUuid"),
                    (c, id, b) -> c.agents().guidelines().replaceAll(id.get(0), (ReplaceGuidelinesRequest) b),
                    (c, id, b) ->
                            c.agents().guidelines().replaceAllWithResponse(id.get(0), (ReplaceGuidelinesRequest) b),
                    (c, id, b) -> c.async().agents().guidelines().replaceAll(id.get(0), (ReplaceGuidelinesRequest) b),
                    (c, id, b) -> c.async()
                            .agents()
                            .guidelines()
                            .replaceAllWithResponse(id.get(0), (ReplaceGuidelinesRequest) b)),
            new OperationCase(
                    "addAgentProcedure",
                    ProcedureInput.class,
                    List.of("agentUuid"),
                    (c, id, b) -> c.agents().procedures().add(id.get(0), (ProcedureInput) b),
                    (c, id, b) -> c.agents().procedures().addWithResponse(id.get(0), (ProcedureInput) b),
                    (c, id, b) -> c.async().agents().procedures().add(id.get(0), (ProcedureInput) b),
                    (c, id, b) -> c.async().agents().procedures().addWithResponse(id.get(0), (ProcedureInput) b)),
            new OperationCase(
                    "updateAgentProcedure",
                    UpdateProcedureRequest.class,
                    List.of("agentUuid", "procedureUuid"),
                    (c, id, b) -> c.agents().procedures().update(id.get(0), id.get(1), (UpdateProcedureRequest) b),
                    (c, id, b) -> c.agents()
                            .procedures()
                            .updateWithResponse(id.get(0), id.get(1), (UpdateProcedureRequest) b),
                    (c, id, b) ->
                            c.async().agents().procedures().update(id.get(0), id.get(1), (UpdateProcedureRequest) b),
                    (c, id, b) -> c.async()
                            .agents()
                            .procedures()
                            .updateWithResponse(id.get(0), id.get(1), (UpdateProcedureRequest) b)),
            new OperationCase(
                    "deleteAgentProcedure",
                    null,
                    List.of("agentUuid", "procedureUuid"),
                    (c, id, b) -> c.agents().procedures().delete(id.get(0), id.get(1)),
                    (c, id, b) -> c.agents().procedures().deleteWithResponse(id.get(0), id.get(1)),
                    (c, id, b) -> c.async().agents().procedures().delete(id.get(0), id.get(1)),
                    (c, id, b) -> c.async().agents().procedures().deleteWithResponse(id.get(0), id.get(1))),
            new OperationCase(
                    "replaceAgentTraining",
                    ReplaceTrainingRequest.class,
                    List.of("agentUuid"),
                    (c, id, b) -> c.agents().training().replaceAll(id.get(0), (ReplaceTrainingRequest) b),
                    (c, id, b) -> c.agents().training().replaceAllWithResponse(id.get(0), (ReplaceTrainingRequest) b),
                    (c, id, b) -> c.async().agents().training().replaceAll(id.get(0), (ReplaceTrainingRequest) b),
                    (c, id, b) -> c.async()
                            .agents()
                            .training()
                            .replaceAllWithResponse(id.get(0), (ReplaceTrainingRequest) b)),
            new OperationCase(
                    "updateAgentTrainingExample",
                    UpdateTrainingExampleRequest.class,
                    List.of("agentUuid", "trainingUuid"),
                    (c, id, b) -> c.agents().training().update(id.get(0), id.get(1), (UpdateTrainingExampleRequest) b),
                    (c, id, b) -> c.agents()
                            .training()
                            .updateWithResponse(id.get(0), id.get(1), (UpdateTrainingExampleRequest) b),
                    (c, id, b) -> c.async()
                            .agents()
                            .training()
                            .update(id.get(0), id.get(1), (UpdateTrainingExampleRequest) b),
                    (c, id, b) -> c.async()
                            .agents()
                            .training()
                            .updateWithResponse(id.get(0), id.get(1), (UpdateTrainingExampleRequest) b)),
            new OperationCase(
                    "replaceAgentAppointments",
                    AppointmentsConfig.class,
                    List.of("agentUuid"),
                    (c, id, b) -> c.agents().appointments().replaceAll(id.get(0), (AppointmentsConfig) b),
                    (c, id, b) -> c.agents().appointments().replaceAllWithResponse(id.get(0), (AppointmentsConfig) b),
                    (c, id, b) -> c.async().agents().appointments().replaceAll(id.get(0), (AppointmentsConfig) b),
                    (c, id, b) -> c.async()
                            .agents()
                            .appointments()
                            .replaceAllWithResponse(id.get(0), (AppointmentsConfig) b)),
            new OperationCase(
                    "replaceAgentGuardRules",
                    ReplaceGuardRulesRequest.class,
                    List.of("agentUuid"),
                    (c, id, b) -> c.agents().guardRules().replaceAll(id.get(0), (ReplaceGuardRulesRequest) b),
                    (c, id, b) ->
                            c.agents().guardRules().replaceAllWithResponse(id.get(0), (ReplaceGuardRulesRequest) b),
                    (c, id, b) -> c.async().agents().guardRules().replaceAll(id.get(0), (ReplaceGuardRulesRequest) b),
                    (c, id, b) -> c.async()
                            .agents()
                            .guardRules()
                            .replaceAllWithResponse(id.get(0), (ReplaceGuardRulesRequest) b)),
            new OperationCase(
                    "addAgentGuardRule",
                    GuardRuleInput.class,
                    List.of("agentUuid"),
                    (c, id, b) -> c.agents().guardRules().add(id.get(0), (GuardRuleInput) b),
                    (c, id, b) -> c.agents().guardRules().addWithResponse(id.get(0), (GuardRuleInput) b),
                    (c, id, b) -> c.async().agents().guardRules().add(id.get(0), (GuardRuleInput) b),
                    (c, id, b) -> c.async().agents().guardRules().addWithResponse(id.get(0), (GuardRuleInput) b)),
            new OperationCase(
                    "updateAgentGuardRule",
                    UpdateGuardRuleRequest.class,
                    List.of("agentUuid", "ruleUuid"),
                    (c, id, b) -> c.agents().guardRules().update(id.get(0), id.get(1), (UpdateGuardRuleRequest) b),
                    (c, id, b) -> c.agents()
                            .guardRules()
                            .updateWithResponse(id.get(0), id.get(1), (UpdateGuardRuleRequest) b),
                    (c, id, b) ->
                            c.async().agents().guardRules().update(id.get(0), id.get(1), (UpdateGuardRuleRequest) b),
                    (c, id, b) -> c.async()
                            .agents()
                            .guardRules()
                            .updateWithResponse(id.get(0), id.get(1), (UpdateGuardRuleRequest) b)),
            new OperationCase(
                    "addAgentRoutingRule",
                    RoutingRuleInput.class,
                    List.of("agentUuid"),
                    (c, id, b) -> c.agents().routingRules().add(id.get(0), (RoutingRuleInput) b),
                    (c, id, b) -> c.agents().routingRules().addWithResponse(id.get(0), (RoutingRuleInput) b),
                    (c, id, b) -> c.async().agents().routingRules().add(id.get(0), (RoutingRuleInput) b),
                    (c, id, b) -> c.async().agents().routingRules().addWithResponse(id.get(0), (RoutingRuleInput) b)),
            new OperationCase(
                    "updateAgentRoutingRule",
                    UpdateRoutingRuleRequest.class,
                    List.of("agentUuid", "ruleUuid"),
                    (c, id, b) -> c.agents().routingRules().update(id.get(0), id.get(1), (UpdateRoutingRuleRequest) b),
                    (c, id, b) -> c.agents()
                            .routingRules()
                            .updateWithResponse(id.get(0), id.get(1), (UpdateRoutingRuleRequest) b),
                    (c, id, b) -> c.async()
                            .agents()
                            .routingRules()
                            .update(id.get(0), id.get(1), (UpdateRoutingRuleRequest) b),
                    (c, id, b) -> c.async()
                            .agents()
                            .routingRules()
                            .updateWithResponse(id.get(0), id.get(1), (UpdateRoutingRuleRequest) b)),
            new OperationCase(
                    "deleteAgentRoutingRule",
                    null,
                    List.of("agentUuid", "ruleUuid"),
                    (c, id, b) -> c.agents().routingRules().delete(id.get(0), id.get(1)),
                    (c, id, b) -> c.agents().routingRules().deleteWithResponse(id.get(0), id.get(1)),
                    (c, id, b) -> c.async().agents().routingRules().delete(id.get(0), id.get(1)),
                    (c, id, b) -> c.async().agents().routingRules().deleteWithResponse(id.get(0), id.get(1))),
            new OperationCase(
                    "updateAgentIntent",
                    UpdateIntentRequest.class,
                    List.of("agentUuid", "intentUuid"),
                    (c, id, b) -> c.agents().intents().update(id.get(0), id.get(1), (UpdateIntentRequest) b),
                    (c, id, b) ->
                            c.agents().intents().updateWithResponse(id.get(0), id.get(1), (UpdateIntentRequest) b),
                    (c, id, b) -> c.async().agents().intents().update(id.get(0), id.get(1), (UpdateIntentRequest) b),
                    (c, id, b) -> c.async()
                            .agents()
                            .intents()
                            .updateWithResponse(id.get(0), id.get(1), (UpdateIntentRequest) b)),
            new OperationCase(
                    "getAgentIntentEvent",
                    null,
                    List.of("agentUuid", "intentUuid"),
                    (c, id, b) -> c.agents().intents().getEvent(id.get(0), id.get(1)),
                    (c, id, b) -> c.agents().intents().getEventWithResponse(id.get(0), id.get(1)),
                    (c, id, b) -> c.async().agents().intents().getEvent(id.get(0), id.get(1)),
                    (c, id, b) -> c.async().agents().intents().getEventWithResponse(id.get(0), id.get(1))),
            new OperationCase(
                    "setAgentIntentEvent",
                    SetIntentEventRequest.class,
                    List.of("agentUuid", "intentUuid"),
                    (c, id, b) -> c.agents().intents().setEvent(id.get(0), id.get(1), (SetIntentEventRequest) b),
                    (c, id, b) ->
                            c.agents().intents().setEventWithResponse(id.get(0), id.get(1), (SetIntentEventRequest) b),
                    (c, id, b) ->
                            c.async().agents().intents().setEvent(id.get(0), id.get(1), (SetIntentEventRequest) b),
                    (c, id, b) -> c.async()
                            .agents()
                            .intents()
                            .setEventWithResponse(id.get(0), id.get(1), (SetIntentEventRequest) b)),
            new OperationCase(
                    "updateAgentWebhook",
                    UpdateWebhookRequest.class,
                    List.of("agentUuid", "webhookUuid"),
                    (c, id, b) -> c.agents().webhooks().update(id.get(0), id.get(1), (UpdateWebhookRequest) b),
                    (c, id, b) ->
                            c.agents().webhooks().updateWithResponse(id.get(0), id.get(1), (UpdateWebhookRequest) b),
                    (c, id, b) -> c.async().agents().webhooks().update(id.get(0), id.get(1), (UpdateWebhookRequest) b),
                    (c, id, b) -> c.async()
                            .agents()
                            .webhooks()
                            .updateWithResponse(id.get(0), id.get(1), (UpdateWebhookRequest) b)),
            new OperationCase(
                    "provisionAgentCallChannel",
                    ProvisionCallChannelRequest.class,
                    List.of("agentUuid"),
                    (c, id, b) -> c.agents().channels().provisionCall(id.get(0), (ProvisionCallChannelRequest) b),
                    (c, id, b) ->
                            c.agents().channels().provisionCallWithResponse(id.get(0), (ProvisionCallChannelRequest) b),
                    (c, id, b) ->
                            c.async().agents().channels().provisionCall(id.get(0), (ProvisionCallChannelRequest) b),
                    (c, id, b) -> c.async()
                            .agents()
                            .channels()
                            .provisionCallWithResponse(id.get(0), (ProvisionCallChannelRequest) b)),
            new OperationCase(
                    "assignAgentCallSipTrunk",
                    AssignSipTrunkRequest.class,
                    List.of("agentUuid"),
                    (c, id, b) -> c.agents().channels().assignCallSipTrunk(id.get(0), (AssignSipTrunkRequest) b),
                    (c, id, b) ->
                            c.agents().channels().assignCallSipTrunkWithResponse(id.get(0), (AssignSipTrunkRequest) b),
                    (c, id, b) ->
                            c.async().agents().channels().assignCallSipTrunk(id.get(0), (AssignSipTrunkRequest) b),
                    (c, id, b) -> c.async()
                            .agents()
                            .channels()
                            .assignCallSipTrunkWithResponse(id.get(0), (AssignSipTrunkRequest) b)),
            new OperationCase(
                    "assignPhoneNumberTrunk",
                    AssignPhoneNumberTrunkRequest.class,
                    List.of(),
                    (c, id, b) -> c.phoneNumbers().assignTrunk((AssignPhoneNumberTrunkRequest) b),
                    (c, id, b) -> c.phoneNumbers().assignTrunkWithResponse((AssignPhoneNumberTrunkRequest) b),
                    (c, id, b) -> c.async().phoneNumbers().assignTrunk((AssignPhoneNumberTrunkRequest) b),
                    (c, id, b) -> c.async().phoneNumbers().assignTrunkWithResponse((AssignPhoneNumberTrunkRequest) b)));

    private OperationTable() {}
}
