package ai.mihu.sdk.testing;

import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.IntentEvent;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Queue;
import java.util.SortedSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * An in-process Mihu API for tests, on a random loopback port, that behaves as the documented API
 * does without a network or a real token.
 *
 * <p>Every call is checked against the contract the {@code mihu-spec} artifact publishes ({@code
 * ai/mihu/spec/openapi.yaml} on the classpath), with the Atlassian OpenAPI validator, and answered
 * with the API's error envelope {@code {success:false, message, error:{code, details, field}}}:
 *
 * <ul>
 *   <li>404 {@code NOT_FOUND} for a path the contract lacks, 405 {@code METHOD_NOT_ALLOWED} (with
 *       {@code Allow}) for a method it lacks;
 *   <li>401 {@code MISSING_AUTH_TOKEN} without an {@code Authorization} header, 401 {@code
 *       INVALID_AUTH_TOKEN} when it is not {@code Bearer <token>} with this server's {@linkplain
 *       #apiToken() token}, or once that token is {@linkplain #revokeApiToken() revoked};
 *   <li>400 {@code INVALID_CONTENT_TYPE} for a body that is not declared {@code application/json},
 *       400 {@code INVALID_JSON} for an empty body, malformed JSON or JSON that is not an object;
 *   <li>422 {@code VALIDATION_ERROR} for a body the schema rejects (a missing {@code name}, a wrong
 *       type, an unknown enum value, a malformed UUID…), with {@code error.field} naming the first
 *       problem the validator reports as a path such as {@code name} or {@code
 *       guard_rules[0].then_action}, and {@code error.details} listing the problems; and for a
 *       {@code timezone} that names no time zone the JVM knows, such as {@code Mars/Olympus_Mons},
 *       with {@code error.field} {@code timezone}.
 * </ul>
 *
 * <p>Behind the checks is a tenant in memory. Every operation of the contract is routed by its
 * method and path template to a handler keyed by its {@code operationId}, which applies it to the
 * stored agents as the API reference describes:
 *
 * <ul>
 *   <li>a create answers 201 (or 200, see {@link Builder#createdStatus(int)}) with {@code
 *       {success:true, message, data: agent}}: the request's fields echoed, a server-assigned
 *       {@code agent_uuid} and item {@code uuid}s, timestamps, and defaults for what was not sent
 *       (status {@code pending}, speed {@code normal}, language {@code en}, empty lists…); what the
 *       real service adds beyond the request (the tenant's intents, webhooks, phone numbers) can be
 *       added with {@link #completeCreatedAgents(Consumer)};
 *   <li>{@code GET /api/v1/agents} answers the stored agents, oldest first;
 *   <li>an add ({@code POST .../notes}, {@code .../guard-rules}…) appends one item with a server
 *       {@code uuid} and keeps the others; a replace ({@code PUT}) replaces the section; a {@code
 *       PATCH} changes only what was sent ({@code null} clears a property, an object is merged, a
 *       list or collection section sent replaces it); a {@code DELETE} removes the item; each
 *       answers 200 with the whole agent, or the intent or webhook it changed;
 *   <li>an agent or item uuid the tenant does not have answers 404 {@code NOT_FOUND} with the error
 *       envelope, and changes nothing.
 * </ul>
 *
 * <p>A test seeds the tenant with {@link #putAgent(Agent)} (an agent with the uuids its calls will
 * name) and reads it back with {@link #agents()} and {@link #agent(UUID)}; {@link #reset()}
 * empties it. The agent's webhooks, intents, phone numbers and channels enter only this way or
 * through a completion: the contract has no operation that creates them.
 *
 * <p>Every call is recorded ({@link #recordedRequests()}) with the operation it was routed to,
 * including rejected and faulted ones, and {@link #enqueueFault(Fault)} makes the next calls, or
 * the next calls to one operation, fail in a chosen way.
 *
 * <pre>{@code
 * try (MockMihuServer server = MockMihuServer.builder().start()) {
 *   // point the client at server.baseUrl() with token server.apiToken()
 *   server.enqueueFault(Fault.status(503).withRetryAfter("0"));
 *   ...
 *   assertThat(server.createdAgents()).hasSize(1);
 * }
 * }</pre>
 *
 * <p>The server is thread-safe: it answers concurrent calls on a thread pool, each change of an
 * agent is atomic for that agent (concurrent changes of one agent never lose each other's work),
 * and its accessors may be called while calls are in flight. Start-up binds a socket and takes milliseconds. The
 * first server of a JVM also parses the contract and runs one sample call through the validator
 * and Jackson, once per JVM: one to two seconds on a cold JVM, paid in {@link #start()} so that no
 * test's first call is slow. A server is started once and cannot be restarted after {@link
 * #close()}.
 */
public final class MockMihuServer implements AutoCloseable {

    /** The token a server accepts unless {@link Builder#apiToken(String)} says otherwise. */
    public static final String DEFAULT_API_TOKEN = "test-token";

    private enum State {
        NEW,
        RUNNING,
        CLOSED
    }

    private final String apiToken;
    private final int createdStatus;
    private final Clock clock;
    private final boolean allowUndeclaredProperties;

    private final FaultQueue faults = new FaultQueue();
    private final Queue<RecordedRequest> recorded = new ConcurrentLinkedQueue<>();
    private final Queue<Agent> created = new ConcurrentLinkedQueue<>();
    private final Tenant tenant;
    private final AtomicBoolean tokenRevoked = new AtomicBoolean();
    private final List<Consumer<? super Agent>> agentCompletions = new CopyOnWriteArrayList<>();

    private State state = State.NEW;
    private @Nullable HttpServer httpServer;
    private @Nullable ExecutorService executor;

    private MockMihuServer(Builder builder) {
        this.apiToken = builder.apiToken;
        this.createdStatus = builder.createdStatus;
        this.clock = builder.clock;
        this.allowUndeclaredProperties = builder.allowUndeclaredProperties;
        this.tenant = new Tenant(clock);
    }

    /**
     * A builder for a server with the default settings: token {@value #DEFAULT_API_TOKEN}, creates
     * answered 201, the system clock, undeclared body properties accepted.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts the server on a random free port of the loopback interface.
     *
     * @return this server, for chaining
     * @throws IllegalStateException if the server was already started or closed, or the contract is
     *     missing from the classpath
     * @throws UncheckedIOException if no port could be bound
     */
    public synchronized MockMihuServer start() {
        if (state != State.NEW) {
            throw new IllegalStateException(
                    "MockMihuServer can be started once; it is " + state.name().toLowerCase(Locale.ROOT));
        }
        Warmup.ensureDone();
        Contract contract = Contract.shared();
        RequestChecker checker = new RequestChecker(contract, apiToken, tokenRevoked::get, allowUndeclaredProperties);
        OperationRegistry operations = OperationRegistry.standard(
                this, tenant, new AgentFactory(clock, UUID::randomUUID), UUID::randomUUID, createdStatus);
        try {
            httpServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("MockMihuServer could not bind a loopback port", e);
        }
        executor = Executors.newCachedThreadPool(
                new DaemonThreads("mock-mihu-" + httpServer.getAddress().getPort()));
        httpServer.setExecutor(executor);
        httpServer.createContext("/", new MockMihuHandler(this, contract, checker, operations));
        httpServer.start();
        state = State.RUNNING;
        return this;
    }

    /**
     * Stops the server: closes its port and connections and abandons answers still held back by a
     * {@link Fault#delay(java.time.Duration) delay}. Calling it again does nothing.
     */
    @Override
    public synchronized void close() {
        if (state == State.RUNNING && httpServer != null && executor != null) {
            httpServer.stop(0);
            executor.shutdownNow();
            try {
                executor.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        state = State.CLOSED;
    }

    /**
     * The URL to point a client at: scheme, loopback host and port, without a trailing slash or a
     * path, such as {@code http://127.0.0.1:50123}. The API's paths ({@code /api/v1/agents}) go
     * after it.
     *
     * @return the base URL
     * @throws IllegalStateException if the server is not running
     */
    public String baseUrl() {
        InetSocketAddress address = address();
        String host = address.getAddress().getHostAddress();
        if (address.getAddress() instanceof Inet6Address) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + address.getPort();
    }

    /**
     * The port the server listens on.
     *
     * @return the port
     * @throws IllegalStateException if the server is not running
     */
    public int port() {
        return address().getPort();
    }

    /**
     * The bearer token this server accepts, for building a client.
     *
     * @return the token
     */
    public String apiToken() {
        return apiToken;
    }

    /**
     * The agents created so far by {@code POST /api/v1/agents}, oldest first, as the server answered
     * the create: later changes and {@link #putAgent(Agent) seeded} agents are not in it (see {@link
     * #agents()} for the tenant's agents as they are now). The list and agents are copies: changing
     * them does not change the server.
     *
     * @return the created agents
     */
    public List<Agent> createdAgents() {
        return created.stream()
                .map(agent -> MockMihuJson.copy(agent, Agent.class))
                .toList();
    }

    /**
     * The tenant's agents as they are now, oldest first (created or {@linkplain #putAgent(Agent)
     * put}), with every change the calls made: what {@code GET /api/v1/agents} answers. The list and
     * agents are copies.
     *
     * @return the agents
     */
    public List<Agent> agents() {
        return tenant.agents().stream().map(MockMihuServer::toAgent).toList();
    }

    /**
     * One of the tenant's agents as it is now.
     *
     * @param agentUuid the agent's {@code agent_uuid}
     * @return a copy of the agent, or empty if the tenant has no such agent
     * @throws NullPointerException if {@code agentUuid} is null
     */
    public Optional<Agent> agent(UUID agentUuid) {
        return tenant.find(Objects.requireNonNull(agentUuid, "agentUuid")).map(MockMihuServer::toAgent);
    }

    /**
     * Puts an agent into the tenant as it is, replacing the one with the same {@code agent_uuid}: the
     * state a test starts from, such as an agent with a procedure, an intent or a webhook to change,
     * with the uuids the test's requests name. Nothing is filled in, so give each item the uuid a
     * call will name. Agents put in are not {@link #createdAgents() created agents} and no call is
     * recorded. An agent replaced this way loses the intent events set on it.
     *
     * <pre>{@code
     * UUID agentUuid = UUID.randomUUID();
     * UUID procedureUuid = UUID.randomUUID();
     * server.putAgent(new Agent().agentUuid(agentUuid).name("Support")
     *     .addProceduresItem(new Procedure().uuid(procedureUuid).name("Refund")));
     * // DELETE /api/v1/agents/{agentUuid}/procedures/{procedureUuid} now answers the agent without it
     * }</pre>
     *
     * @param agent the agent; copied, so changing it afterwards does not change the server
     * @return this server, for chaining
     * @throws IllegalArgumentException if the agent has no {@code agent_uuid} or more webhooks than
     *     an agent may have ({@value WebhookOperations#LIMIT}; the API answers a sixth with 409
     *     {@code webhook_limit_reached})
     * @throws NullPointerException if {@code agent} is null
     */
    public MockMihuServer putAgent(Agent agent) {
        Objects.requireNonNull(agent, "agent");
        if (agent.getAgentUuid() == null) {
            throw new IllegalArgumentException(
                    "An agent put into the tenant needs an agent_uuid, the uuid its calls name");
        }
        ObjectNode tree = MockMihuJson.MAPPER.valueToTree(agent);
        WebhookOperations.requireWithinLimit(tree);
        tenant.put(agent.getAgentUuid(), tree);
        return this;
    }

    /**
     * Sets the action (event) an intent of an agent performs, as {@code GET
     * /api/v1/agents/{uuid}/intents/{intentUuid}/event} then answers it, for a test that reads it.
     *
     * @param agentUuid the agent, already in the tenant
     * @param intentUuid one of the agent's intents ({@code intent_uuid})
     * @param event the action; copied
     * @return this server, for chaining
     * @throws IllegalArgumentException if the tenant has no such agent or the agent no such intent
     * @throws NullPointerException if an argument is null
     */
    public MockMihuServer putIntentEvent(UUID agentUuid, UUID intentUuid, IntentEvent event) {
        Objects.requireNonNull(agentUuid, "agentUuid");
        Objects.requireNonNull(intentUuid, "intentUuid");
        ObjectNode tree = MockMihuJson.MAPPER.valueToTree(Objects.requireNonNull(event, "event"));
        try {
            tenant.change(agentUuid, draft -> {
                AgentItems.INTENTS.find(draft.agent(), agentUuid, intentUuid.toString());
                return draft.intentEvents().put(intentUuid.toString(), tree);
            });
        } catch (ApiError e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return this;
    }

    /**
     * The action (event) set on an intent of an agent, by a call or {@link #putIntentEvent}.
     *
     * @param agentUuid the agent
     * @param intentUuid one of its intents
     * @return a copy of the action, or empty if none is set or the tenant has no such agent
     * @throws NullPointerException if an argument is null
     */
    public Optional<IntentEvent> intentEvent(UUID agentUuid, UUID intentUuid) {
        Objects.requireNonNull(agentUuid, "agentUuid");
        Objects.requireNonNull(intentUuid, "intentUuid");
        if (tenant.find(agentUuid).isEmpty()) {
            return Optional.empty();
        }
        return tenant.intentEvent(agentUuid, intentUuid.toString())
                .map(tree -> MockMihuJson.MAPPER.convertValue(tree, IntentEvent.class));
    }

    /**
     * The calls received so far, in the order they were decided (a call is recorded before its answer
     * is sent), including rejected and faulted calls.
     *
     * @return an immutable list of the calls
     */
    public List<RecordedRequest> recordedRequests() {
        return List.copyOf(recorded);
    }

    /**
     * How many calls were received so far.
     *
     * @return the number of recorded calls
     */
    public int requestCount() {
        return recorded.size();
    }

    /**
     * Injects a fault into the next calls, after any faults already waiting: a fault with {@code
     * times(n)} applies to n calls, then the next fault in line takes over. Each call meets the
     * first waiting fault that applies to it, so a fault {@linkplain Fault#forOperation(String) aimed
     * at an operation} waits for a call to that operation while other calls pass it by.
     *
     * @param fault the fault
     * @return this server, for chaining
     * @throws IllegalArgumentException if the fault is aimed at an operation the contract lacks
     * @throws NullPointerException if {@code fault} is null
     */
    public MockMihuServer enqueueFault(Fault fault) {
        Objects.requireNonNull(fault, "fault");
        fault.operationId().ifPresent(operationId -> {
            SortedSet<String> known = Contract.shared().operationIds();
            if (!known.contains(operationId)) {
                throw new IllegalArgumentException(
                        "The contract has no operation " + operationId + "; its operations are " + known);
            }
        });
        faults.add(fault);
        return this;
    }

    /**
     * How many of the next calls will still meet an enqueued fault.
     *
     * @return the number of calls the waiting faults still apply to
     */
    public int pendingFaultCount() {
        return faults.remainingCalls();
    }

    /**
     * Revokes this server's token, as a user does in the dashboard: from now on every call is
     * answered 401 {@code INVALID_AUTH_TOKEN}, as a call with a wrong token is, until {@link
     * #reset()}.
     *
     * @return this server, for chaining
     */
    public MockMihuServer revokeApiToken() {
        tokenRevoked.set(true);
        return this;
    }

    /**
     * Adds what the real service attaches to every agent it creates beyond what the request said,
     * such as the tenant's intents, webhooks, phone numbers and channels, or recommendations, so
     * that code reading them can be tested. The completion receives each new agent after the
     * defaults are filled in and before it is stored and answered; completions run in the order
     * they were added, until {@link #reset()}. An agent a completion makes invalid is answered as
     * it is: keep to the fields and formats of the contract.
     *
     * <pre>{@code
     * server.completeCreatedAgents(agent -> agent.addPhoneNumbersItem(
     *     new PhoneNumber().phoneNumberUuid(UUID.randomUUID()).number("+902125550123")));
     * }</pre>
     *
     * @param completion changes a newly created agent in place; it is called on the server's
     *     threads, so it must be thread-safe when calls run in parallel
     * @return this server, for chaining
     * @throws NullPointerException if {@code completion} is null
     */
    public MockMihuServer completeCreatedAgents(Consumer<? super Agent> completion) {
        agentCompletions.add(Objects.requireNonNull(completion, "completion"));
        return this;
    }

    /**
     * Forgets the tenant's agents (created and put), the recorded calls, the waiting faults and the
     * agent completions, and accepts a revoked token again, so the server can be reused by the next
     * test. Call it when no call is in flight.
     */
    public void reset() {
        tokenRevoked.set(false);
        agentCompletions.clear();
        faults.clear();
        recorded.clear();
        created.clear();
        tenant.clear();
    }

    /**
     * Describes the server without its token.
     *
     * @return a description such as {@code MockMihuServer[http://127.0.0.1:50123, 3 calls, 1 agent]}
     */
    @Override
    public synchronized String toString() {
        String where = state == State.RUNNING ? baseUrl() : state.name().toLowerCase(Locale.ROOT);
        return "MockMihuServer[" + where + ", " + recorded.size() + " calls, " + tenant.size() + " agents]";
    }

    Clock clock() {
        return clock;
    }

    FaultQueue faults() {
        return faults;
    }

    /** Applies the completions to a newly created agent and returns it. */
    Agent completeCreated(Agent agent) {
        for (Consumer<? super Agent> completion : agentCompletions) {
            completion.accept(agent);
        }
        return agent;
    }

    void record(RecordedRequest request) {
        recorded.add(request);
    }

    /** Keeps a new agent: as answered, for {@link #createdAgents()}, and in the tenant. */
    void storeCreated(Agent agent) {
        created.add(MockMihuJson.copy(agent, Agent.class));
        tenant.put(agent.getAgentUuid(), MockMihuJson.MAPPER.valueToTree(agent));
    }

    private static Agent toAgent(ObjectNode tree) {
        return MockMihuJson.MAPPER.convertValue(tree, Agent.class);
    }

    private synchronized InetSocketAddress address() {
        if (state != State.RUNNING || httpServer == null) {
            throw new IllegalStateException(
                    "MockMihuServer is " + state.name().toLowerCase(Locale.ROOT) + ", not running");
        }
        return httpServer.getAddress();
    }

    /**
     * Settings of a {@link MockMihuServer}. A builder may build several servers; each gets the
     * settings the builder has when {@link #build()} is called.
     */
    public static final class Builder {

        private String apiToken = DEFAULT_API_TOKEN;
        private int createdStatus = 201;
        private Clock clock = Clock.systemUTC();
        private boolean allowUndeclaredProperties = true;

        private Builder() {}

        /**
         * The bearer token the server accepts.
         *
         * @param apiToken a non-blank token without whitespace
         * @return this builder
         * @throws IllegalArgumentException if the token is blank or contains whitespace
         * @throws NullPointerException if the token is null
         */
        public Builder apiToken(String apiToken) {
            Objects.requireNonNull(apiToken, "apiToken");
            if (apiToken.isBlank() || apiToken.chars().anyMatch(Character::isWhitespace)) {
                // The value is not echoed: it may be a real credential pasted by mistake.
                throw new IllegalArgumentException("apiToken must be non-blank and contain no whitespace");
            }
            this.apiToken = apiToken;
            return this;
        }

        /**
         * The status a successful create answers with; the API reference allows both.
         *
         * @param status 200 or 201 (the default)
         * @return this builder
         * @throws IllegalArgumentException for any other status
         */
        public Builder createdStatus(int status) {
            if (status != 200 && status != 201) {
                throw new IllegalArgumentException("A create answers 200 or 201, not " + status);
            }
            this.createdStatus = status;
            return this;
        }

        /**
         * The clock for {@code created_at}, {@code updated_at} and {@link RecordedRequest#receivedAt()}.
         *
         * @param clock the clock; the system UTC clock by default
         * @return this builder
         * @throws NullPointerException if the clock is null
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Whether body properties the contract does not declare are rejected with a 422 naming the
         * property. The contract's schemas allow them (it does not say {@code additionalProperties:
         * false}), so they are accepted and ignored by default; rejecting them catches a client that
         * sends misspelt or made-up fields.
         *
         * @param reject true to reject undeclared properties
         * @return this builder
         */
        public Builder rejectUndeclaredProperties(boolean reject) {
            this.allowUndeclaredProperties = !reject;
            return this;
        }

        /**
         * A new, not yet started server with these settings.
         *
         * @return the server; call {@link MockMihuServer#start()} on it
         */
        public MockMihuServer build() {
            return new MockMihuServer(this);
        }

        /**
         * A new server with these settings, started.
         *
         * @return the running server
         * @see MockMihuServer#start()
         */
        public MockMihuServer start() {
            return build().start();
        }

        /** The token servers of this builder accept. */
        String configuredApiToken() {
            return apiToken;
        }

        /** A copy, so an extension's later servers keep the settings it was given. */
        Builder copy() {
            Builder copy = new Builder();
            copy.apiToken = apiToken;
            copy.createdStatus = createdStatus;
            copy.clock = clock;
            copy.allowUndeclaredProperties = allowUndeclaredProperties;
            return copy;
        }
    }

    /** Names the pool's threads after the port and keeps them from holding the JVM open. */
    private static final class DaemonThreads implements ThreadFactory {
        private final String prefix;
        private final AtomicInteger count = new AtomicInteger();

        DaemonThreads(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
