package ai.mihu.sdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.builders.CreateAgentRequests;
import ai.mihu.sdk.builders.NoteInputs;
import ai.mihu.sdk.builders.ProcedureInputs;
import ai.mihu.sdk.builders.ReplaceGuidelinesRequests;
import ai.mihu.sdk.builders.UpdateAgentRequests;
import ai.mihu.sdk.errors.MihuApiException;
import ai.mihu.sdk.errors.MihuConnectionException;
import ai.mihu.sdk.errors.MihuException;
import ai.mihu.sdk.errors.MihuTimeoutException;
import ai.mihu.sdk.errors.NotFoundException;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.AgentList;
import ai.mihu.sdk.model.Guideline;
import ai.mihu.sdk.model.Note;
import ai.mihu.sdk.model.Procedure;
import ai.mihu.sdk.testing.Fault;
import ai.mihu.sdk.testing.MockMihuServer;
import ai.mihu.sdk.testing.RecordedRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Sixteen threads share one client and make 5,000 calls against {@link MockMihuServer} that mix
 * the operations on agents: create, add a note, update the description, replace the guidelines,
 * add a procedure, delete a procedure, list. About one call in twenty meets a fault: 429 with
 * {@code Retry-After: 0}, 503, a dropped connection, or an answer held back past the read timeout.
 *
 * <p>Each thread changes only the agents it created, one call at a time, and every value it sends
 * is unique (note contents, descriptions, guideline texts, procedure and agent names), so each
 * change in the server's state is traced to the call that made it without any cooperation from
 * the SDK.
 *
 * <p>What the server applied is read from its recorded calls: a call is applied exactly when it
 * was answered 2xx (a status fault and a dropped connection stop a call before it is applied; a
 * delayed answer is applied and then held back past the client's timeout, the ambiguous case).
 * Replaying the applied calls in the order the server recorded them gives the state the tenant
 * must hold, which is compared with {@code server.agents()}; and the client's outcomes are
 * checked against the same record: every call that returned was applied, and a {@code POST} that
 * ended in an API error was not (a {@code POST} is never retried after an ambiguous failure, so
 * all its attempts were answered with the 429 or 503 it surfaced).
 */
class SoakUnderFaultsTest {

    private static final int THREADS = 16;
    private static final int CALLS = 5_000;
    private static final int CALLS_PER_THREAD = CALLS / THREADS + 1;
    /** A thread moves on to a new agent after this many calls, to spread the state over agents. */
    private static final int CALLS_PER_AGENT = 60;
    /** One fault in every FAULT_PERIOD calls the server receives: 5 %. */
    private static final int FAULT_PERIOD = 20;

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Rotated through, one per period, so every kind is injected about equally often. */
    private static final List<Fault> FAULTS = List.of(
            Fault.status(429).withRetryAfter("0"),
            Fault.status(503),
            Fault.dropConnection(),
            Fault.delay(READ_TIMEOUT.plusMillis(500)));

    private enum Op {
        CREATE,
        ADD_NOTE,
        UPDATE,
        REPLACE_GUIDELINES,
        ADD_PROCEDURE,
        DELETE_PROCEDURE,
        LIST
    }

    /**
     * What a thread does to its current agent, in turn. A list answers every agent of the tenant, so
     * it is the costliest call: one in ten keeps the run near its former 30 s.
     */
    private static final List<Op> CYCLE = List.of(
            Op.ADD_NOTE,
            Op.UPDATE,
            Op.REPLACE_GUIDELINES,
            Op.ADD_PROCEDURE,
            Op.DELETE_PROCEDURE,
            Op.ADD_NOTE,
            Op.UPDATE,
            Op.REPLACE_GUIDELINES,
            Op.ADD_PROCEDURE,
            Op.LIST);

    /** One call of the run: what it was, the unique value it sent, and how it ended. */
    private record Call(Op op, String value, Object outcome) {}

    private final Queue<Call> calls = new ConcurrentLinkedQueue<>();
    /** Procedure uuid to name, for the procedures whose add returned. */
    private final Map<UUID, String> procedureNames = new ConcurrentHashMap<>();

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void storedStateIsWhatTheAppliedCallsImplyAndCloseLeavesNothingBehind() throws Exception {
        try (MockMihuServer server = MockMihuServer.builder().start()) {
            scheduleFaults(server, CALLS * 2);
            MihuClient client = MihuClient.builder()
                    .baseUrl(server.baseUrl())
                    .apiToken(server.apiToken())
                    .connectTimeout(Duration.ofSeconds(2))
                    .readTimeout(READ_TIMEOUT)
                    .build();

            List<Throwable> untyped;
            try {
                untyped = runCalls(client);
            } finally {
                client.close();
            }

            assertThat(untyped).as("failures that are not a MihuException").isEmpty();
            assertThat(calls).hasSize(THREADS * CALLS_PER_THREAD);
            List<RecordedRequest> applied = server.recordedRequests().stream()
                    .filter(r -> r.responseStatus().orElse(0) / 100 == 2)
                    .toList();
            assertTheTenantHoldsWhatTheAppliedCallsImply(server, applied);
            assertClientOutcomesAgreeWithWhatWasApplied(applied);
            assertFaultsWereInjectedAndSurfaced(server);
            assertThat(LeftoverResources.busyOkHttpThreads(Duration.ofSeconds(2)))
                    .as("OkHttp threads still working after close()")
                    .isEmpty();
            // Connections are counted from the kernel's TCP tables, which only Linux exposes.
            assumeTrue(LeftoverResources.canCountConnections(), "no /proc/net/tcp to count connections");
            assertThat(LeftoverResources.establishedConnections(server.port(), Duration.ofSeconds(5)))
                    .as("TCP connections to the server still established after close()")
                    .isZero();
        }
    }

    /**
     * Fills the server's fault queue for the whole run: FAULT_PERIOD - 1 calls answered normally
     * (a zero delay is the queue's way to let a call through untouched), then one fault.
     */
    private static void scheduleFaults(MockMihuServer server, int calls) {
        Fault passThrough = Fault.delay(Duration.ZERO).times(FAULT_PERIOD - 1);
        for (int period = 0; period * FAULT_PERIOD < calls; period++) {
            server.enqueueFault(passThrough);
            server.enqueueFault(FAULTS.get(period % FAULTS.size()));
        }
    }

    /** Runs every thread's calls; returns whatever escaped that was not a MihuException. */
    private List<Throwable> runCalls(MihuClient client) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Throwable>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    return new Worker(client, thread).run();
                }));
            }
            start.countDown();
            List<Throwable> untyped = new ArrayList<>();
            for (Future<List<Throwable>> result : results) {
                untyped.addAll(result.get(150, TimeUnit.SECONDS));
            }
            return untyped;
        } finally {
            pool.shutdownNow();
        }
    }

    /** One thread's calls: creates an agent, changes it for a while, then moves on to a new one. */
    private final class Worker {

        private final MihuClient client;
        private final int thread;
        private String agentUuid;
        private int callsOnAgent;
        private final List<UUID> procedures = new ArrayList<>();

        Worker(MihuClient client, int thread) {
            this.client = client;
            this.thread = thread;
        }

        List<Throwable> run() {
            List<Throwable> untyped = new ArrayList<>();
            for (int i = 0; i < CALLS_PER_THREAD; i++) {
                Op op = agentUuid == null || callsOnAgent >= CALLS_PER_AGENT
                        ? Op.CREATE
                        : CYCLE.get(callsOnAgent % CYCLE.size());
                String value = "Soak " + thread + "-" + i;
                Object outcome;
                try {
                    outcome = call(op, value);
                } catch (MihuException e) {
                    outcome = e;
                } catch (Throwable e) {
                    outcome = e;
                    untyped.add(e);
                }
                calls.add(new Call(op, value, outcome));
                callsOnAgent++;
            }
            return untyped;
        }

        /** Makes one call and checks that its answer shows its own change. */
        private Object call(Op op, String value) {
            switch (op) {
                case CREATE -> {
                    Agent agent = client.agents()
                            .create(CreateAgentRequests.builder(value).build());
                    agentUuid = agent.getAgentUuid().toString();
                    callsOnAgent = 0;
                    procedures.clear();
                    return agent;
                }
                case ADD_NOTE -> {
                    Agent agent = client.agents()
                            .notes()
                            .add(agentUuid, NoteInputs.builder(value).build());
                    assertThat(agent.getNotes()).extracting(Note::getContent).contains(value);
                    return agent;
                }
                case UPDATE -> {
                    Agent agent = client.agents()
                            .update(
                                    agentUuid,
                                    UpdateAgentRequests.builder()
                                            .description(value)
                                            .build());
                    assertThat(agent.getDescription()).isEqualTo(value);
                    return agent;
                }
                case REPLACE_GUIDELINES -> {
                    Agent agent = client.agents()
                            .guidelines()
                            .replaceAll(
                                    agentUuid,
                                    ReplaceGuidelinesRequests.builder()
                                            .addGuideline(value + " a")
                                            .addGuideline(value + " b")
                                            .build());
                    assertThat(agent.getGuidelines())
                            .extracting(Guideline::getContent)
                            .containsExactly(value + " a", value + " b");
                    return agent;
                }
                case ADD_PROCEDURE -> {
                    Agent agent = client.agents()
                            .procedures()
                            .add(agentUuid, ProcedureInputs.builder(value).build());
                    Procedure added = agent.getProcedures().stream()
                            .filter(p -> value.equals(p.getName()))
                            .collect(Collectors.toList())
                            .get(0);
                    procedureNames.put(added.getUuid(), value);
                    procedures.add(added.getUuid());
                    return agent;
                }
                case DELETE_PROCEDURE -> {
                    if (procedures.isEmpty()) {
                        return "nothing to delete";
                    }
                    UUID procedure = procedures.remove(0);
                    try {
                        Agent agent = client.agents().procedures().delete(agentUuid, procedure.toString());
                        assertThat(agent.getProcedures())
                                .extracting(Procedure::getUuid)
                                .doesNotContain(procedure);
                        return agent;
                    } catch (NotFoundException e) {
                        // A DELETE retried after a timeout: the first attempt removed it, the retry finds none.
                        return e;
                    }
                }
                case LIST -> {
                    AgentList agents = client.agents().list();
                    assertThat(agents.getItems())
                            .extracting(a -> a.getAgentUuid().toString())
                            .contains(agentUuid);
                    return agents;
                }
                default -> throw new IllegalStateException(op.name());
            }
        }
    }

    /** What one agent must hold, rebuilt from the applied calls. */
    private static final class ExpectedAgent {
        final String name;
        final List<String> notes = new ArrayList<>();
        final List<String> procedures = new ArrayList<>();
        List<String> guidelines = List.of();
        String description;

        ExpectedAgent(String name) {
            this.name = name;
        }
    }

    private void assertTheTenantHoldsWhatTheAppliedCallsImply(MockMihuServer server, List<RecordedRequest> applied) {
        // Each agent starts as its create answered it (the server's defaults included).
        Map<UUID, Agent> asCreated =
                server.createdAgents().stream().collect(Collectors.toMap(Agent::getAgentUuid, a -> a));
        Map<UUID, ExpectedAgent> expected = new LinkedHashMap<>();
        for (RecordedRequest call : applied) {
            String operation = call.operationId().orElseThrow();
            JsonNode body = call.body().isEmpty() ? JSON.missingNode() : json(call.body());
            if (operation.equals("createAgent")) {
                UUID uuid = call.createdAgentUuid().orElseThrow();
                ExpectedAgent agent = new ExpectedAgent(body.path("name").asText());
                agent.description = asCreated.get(uuid).getDescription();
                expected.put(uuid, agent);
                continue;
            }
            if (operation.equals("listAgents")) {
                continue;
            }
            ExpectedAgent agent =
                    expected.get(UUID.fromString(call.pathParameter("uuid").orElseThrow()));
            assertThat(agent).as("agent of the applied call %s", call).isNotNull();
            switch (operation) {
                case "addAgentNote" -> agent.notes.add(body.path("content").asText());
                case "updateAgent" ->
                    agent.description = body.path("description").asText();
                case "replaceAgentGuidelines" -> agent.guidelines = texts(body.path("guidelines"), "content");
                case "addAgentProcedure" ->
                    agent.procedures.add(body.path("name").asText());
                case "deleteAgentProcedure" -> {
                    String name = procedureNames.get(
                            UUID.fromString(call.pathParameter("procedureUuid").orElseThrow()));
                    assertThat(name)
                            .as("a deleted procedure is one whose add returned: %s", call)
                            .isNotNull();
                    assertThat(agent.procedures.remove(name))
                            .as("the deleted procedure %s was there", name)
                            .isTrue();
                }
                default -> throw new AssertionError("an operation the soak does not call: " + call);
            }
        }

        Map<UUID, Agent> stored = server.agents().stream()
                .collect(Collectors.toMap(Agent::getAgentUuid, a -> a, (a, b) -> a, HashMap::new));
        assertThat(stored.keySet()).as("the tenant's agents").containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((uuid, want) -> {
            Agent got = stored.get(uuid);
            assertThat(got.getName()).as("name of %s", uuid).isEqualTo(want.name);
            assertThat(got.getDescription()).as("description of %s", uuid).isEqualTo(want.description);
            assertThat(names(got.getNotes(), Note::getContent))
                    .as("notes of %s", uuid)
                    .isEqualTo(want.notes);
            assertThat(names(got.getGuidelines(), Guideline::getContent))
                    .as("guidelines of %s", uuid)
                    .isEqualTo(want.guidelines);
            assertThat(names(got.getProcedures(), Procedure::getName))
                    .as("procedures of %s", uuid)
                    .isEqualTo(want.procedures);
        });
        long changes = applied.stream()
                .filter(r -> !r.operationId().orElseThrow().equals("listAgents"))
                .count();
        System.out.printf("Soak: %d agents stored, rebuilt from %d applied changes%n", expected.size(), changes);
    }

    private void assertClientOutcomesAgreeWithWhatWasApplied(List<RecordedRequest> applied) {
        Map<String, Long> appliedValues = applied.stream()
                .flatMap(r -> sentValue(r).stream())
                .collect(Collectors.groupingBy(v -> v, Collectors.counting()));
        long ambiguousButApplied = 0;
        for (Call call : calls) {
            if (call.op() == Op.LIST || call.op() == Op.DELETE_PROCEDURE) {
                continue; // a list changes nothing; a delete is named by uuid, checked in the replay
            }
            long times = appliedValues.getOrDefault(call.value(), 0L);
            boolean post = call.op() == Op.CREATE || call.op() == Op.ADD_NOTE || call.op() == Op.ADD_PROCEDURE;
            if (post) {
                assertThat(times).as("a POST is applied at most once: %s", call).isLessThanOrEqualTo(1);
            }
            if (call.outcome() instanceof Agent) {
                assertThat(times)
                        .as("a call that returned was applied: %s", call)
                        .isPositive();
            } else if (post && call.outcome() instanceof MihuApiException) {
                assertThat(times)
                        .as("a POST that ended in an API error was not applied: %s", call)
                        .isZero();
            } else if (times > 0) {
                ambiguousButApplied++;
            }
        }
        System.out.printf(
                "Soak: %d failed calls had been applied by the server (timeouts after the change)%n",
                ambiguousButApplied);
    }

    /** The unique value an applied call sent: the note, description, first guideline, procedure or agent name. */
    private static Optional<String> sentValue(RecordedRequest call) {
        JsonNode body = call.body().isEmpty() ? JSON.missingNode() : json(call.body());
        return switch (call.operationId().orElseThrow()) {
            case "createAgent", "addAgentProcedure" ->
                Optional.of(body.path("name").asText());
            case "addAgentNote" -> Optional.of(body.path("content").asText());
            case "updateAgent" -> Optional.of(body.path("description").asText());
            case "replaceAgentGuidelines" ->
                Optional.of(removeSuffix(
                        body.path("guidelines").path(0).path("content").asText()));
            default -> Optional.empty();
        };
    }

    private static String removeSuffix(String guideline) {
        return guideline.endsWith(" a") ? guideline.substring(0, guideline.length() - 2) : guideline;
    }

    private void assertFaultsWereInjectedAndSurfaced(MockMihuServer server) {
        List<RecordedRequest> recorded = server.recordedRequests();
        Map<Fault.Kind, Long> injected = new EnumMap<>(Fault.Kind.class);
        recorded.stream()
                .map(RecordedRequest::fault)
                .flatMap(Optional::stream)
                .filter(fault -> !fault.delay().orElse(Duration.ofMillis(1)).isZero())
                .forEach(fault -> injected.merge(fault.kind(), 1L, Long::sum));
        long faultCount = injected.values().stream().mapToLong(Long::longValue).sum();
        assertThat(injected).containsKeys(Fault.Kind.STATUS, Fault.Kind.DROP_CONNECTION, Fault.Kind.DELAY);
        assertThat(faultCount * 100.0 / recorded.size())
                .as("percentage of calls faulted")
                .isBetween(4.0, 6.0);
        Map<String, Long> operations = recorded.stream()
                .collect(Collectors.groupingBy(r -> r.operationId().orElse("?"), Collectors.counting()));
        assertThat(operations)
                .containsOnlyKeys(
                        "createAgent",
                        "addAgentNote",
                        "updateAgent",
                        "replaceAgentGuidelines",
                        "addAgentProcedure",
                        "deleteAgentProcedure",
                        "listAgents");

        Map<Class<?>, Long> failures = calls.stream()
                .map(Call::outcome)
                .filter(MihuException.class::isInstance)
                .collect(Collectors.groupingBy(Object::getClass, Collectors.counting()));
        // A read timeout and a dropped connection after a POST was sent are not retried.
        assertThat(failures).containsKeys(MihuTimeoutException.class, MihuConnectionException.class);
        // An API error is an injected 429 or 503 that met another fault on every retry, or the 404 of
        // a DELETE repeated after its first attempt removed the procedure.
        assertThat(calls)
                .map(Call::outcome)
                .filteredOn(MihuApiException.class::isInstance)
                .map(MihuApiException.class::cast)
                .allSatisfy(e -> assertThat(e.statusCode()).as("%s", e).isIn(404, 429, 503));
        long succeeded =
                calls.stream().filter(c -> !(c.outcome() instanceof Throwable)).count();
        assertThat(succeeded).isGreaterThan((long) (calls.size() * 0.9));
        System.out.printf(
                "Soak: %d calls %s, %d requests, %d faults %s, %d succeeded, failures %s%n",
                calls.size(), operations, recorded.size(), faultCount, injected, succeeded, failures);
    }

    private static List<String> texts(JsonNode items, String field) {
        List<String> texts = new ArrayList<>();
        items.forEach(item -> texts.add(item.path(field).asText()));
        return texts;
    }

    private static <T> List<String> names(List<T> items, java.util.function.Function<T, String> name) {
        return items == null ? List.of() : items.stream().map(name).toList();
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
