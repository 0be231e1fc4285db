package ai.mihu.sdk.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The agents of the mock's tenant, as JSON trees in the shape the API answers them, with the
 * actions (events) set on their intents. Thread-safe.
 *
 * <p>Each change of an agent runs atomically for that agent ({@link ConcurrentHashMap#compute}) on
 * a copy of it, which replaces the stored agent only when the change succeeds: concurrent changes
 * of one agent never lose each other's work, and a change that fails (a 404 for an unknown item)
 * leaves the agent as it was. Stored trees are never changed after they are stored, so they may
 * be written out while other calls change the agent.
 */
final class Tenant {

    /** An agent as stored: immutable once stored; {@code order} keeps the list in creation order. */
    private record Stored(long order, ObjectNode agent, Map<String, ObjectNode> intentEvents) {}

    /** A copy of one agent being changed by one call. */
    static final class Draft {
        private final ObjectNode agent;
        private final Map<String, ObjectNode> intentEvents;

        private Draft(Stored stored) {
            this.agent = stored.agent().deepCopy();
            this.intentEvents = new HashMap<>(stored.intentEvents());
        }

        /** The agent, to change in place. */
        ObjectNode agent() {
            return agent;
        }

        /** The actions set on the agent's intents, by intent uuid, to change in place. */
        Map<String, ObjectNode> intentEvents() {
            return intentEvents;
        }
    }

    private final Map<UUID, Stored> agents = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Clock clock;

    Tenant(Clock clock) {
        this.clock = clock;
    }

    /** Now, as the API writes timestamps: UTC, whole seconds. */
    OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    /**
     * Now as the JSON of a {@code date-time}, with its seconds even when they are zero (which {@link
     * OffsetDateTime#toString()} leaves out).
     */
    String timestamp() {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(now());
    }

    /**
     * Stores an agent, replacing one with the same {@code agent_uuid} (which keeps its place in the
     * list but loses its intent events).
     *
     * @param agent the agent; stored as given, the caller must not change it afterwards
     */
    void put(UUID agentUuid, ObjectNode agent) {
        agents.compute(
                agentUuid,
                (key, current) ->
                        new Stored(current == null ? sequence.incrementAndGet() : current.order(), agent, Map.of()));
    }

    /**
     * Changes one agent atomically and stamps its {@code updated_at}.
     *
     * @param change changes the draft and returns what the call answers with
     * @return what {@code change} returned
     * @throws ApiError 404 if the tenant has no such agent, or whatever {@code change} throws, in
     *     which case the agent is left unchanged
     */
    <R> R change(UUID agentUuid, Function<Draft, R> change) {
        Object[] result = new Object[1];
        agents.compute(agentUuid, (key, current) -> {
            if (current == null) {
                throw ApiError.agentNotFound(agentUuid);
            }
            Draft draft = new Draft(current);
            result[0] = change.apply(draft);
            draft.agent().put("updated_at", timestamp());
            return new Stored(current.order(), draft.agent(), Map.copyOf(draft.intentEvents()));
        });
        @SuppressWarnings("unchecked")
        R answer = (R) result[0];
        return answer;
    }

    /**
     * The stored agent, not to be changed.
     *
     * @throws ApiError 404 if the tenant has no such agent
     */
    ObjectNode agent(UUID agentUuid) {
        return stored(agentUuid).agent();
    }

    /** The stored agent, if the tenant has it; not to be changed. */
    Optional<ObjectNode> find(UUID agentUuid) {
        return Optional.ofNullable(agents.get(agentUuid)).map(Stored::agent);
    }

    /**
     * The action set on an intent of an agent, not to be changed.
     *
     * @throws ApiError 404 if the tenant has no such agent
     */
    Optional<ObjectNode> intentEvent(UUID agentUuid, String intentUuid) {
        return Optional.ofNullable(stored(agentUuid).intentEvents().get(intentUuid));
    }

    /** The stored agents, oldest first; not to be changed. */
    List<ObjectNode> agents() {
        return agents.values().stream()
                .sorted(Comparator.comparingLong(Stored::order))
                .map(Stored::agent)
                .toList();
    }

    int size() {
        return agents.size();
    }

    void clear() {
        agents.clear();
    }

    private Stored stored(UUID agentUuid) {
        Stored stored = agents.get(agentUuid);
        if (stored == null) {
            throw ApiError.agentNotFound(agentUuid);
        }
        return stored;
    }
}
