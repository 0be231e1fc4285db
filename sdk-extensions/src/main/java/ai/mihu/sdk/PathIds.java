package ai.mihu.sdk;

import ai.mihu.sdk.errors.InvalidRequestException;
import ai.mihu.sdk.errors.InvalidRequestException.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The path identifiers of one call, as the caller gave them: the agent's and, for an operation on
 * one item of the agent (a procedure, a rule, an intent...), the item's. {@link #parse()} checks
 * them before anything is sent; the generated Feign methods then receive {@link UUID}s, whose text
 * is hex digits and dashes only, so nothing the caller passes can change the shape of the URL.
 *
 * @param agentParameter the SDK method's parameter name for the agent's id, or {@code null} when
 *     the operation has no path identifier
 * @param agentUuid the agent's id as given
 * @param itemParameter the SDK method's parameter name for the item's id, such as
 *     {@code procedureUuid}, or {@code null} when the operation names no item
 * @param itemUuid the item's id as given
 */
record PathIds(
        @Nullable String agentParameter,
        @Nullable String agentUuid,
        @Nullable String itemParameter,
        @Nullable String itemUuid) {

    /** The ids of an operation without any, such as listing agents. */
    static final PathIds NONE = new PathIds(null, null, null, null);

    // The canonical 8-4-4-4-12 form only: UUID.fromString also accepts "1-2-3-4-5".
    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** The ids of an operation on an agent as a whole, such as updating it. */
    static PathIds agent(String agentUuid) {
        return new PathIds("agentUuid", agentUuid, null, null);
    }

    /** The ids of an operation on one item of an agent, such as deleting one of its procedures. */
    static PathIds agentItem(String agentUuid, String itemParameter, String itemUuid) {
        return new PathIds("agentUuid", agentUuid, itemParameter, itemUuid);
    }

    /**
     * The ids as {@link UUID}s.
     *
     * @throws InvalidRequestException naming every parameter that is null, blank or not a UUID
     */
    Parsed parse() {
        List<Violation> problems = new ArrayList<>(2);
        UUID agent = agentParameter == null ? null : uuid(agentParameter, agentUuid, problems);
        UUID item = itemParameter == null ? null : uuid(itemParameter, itemUuid, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new Parsed(agent, item);
    }

    private static @Nullable UUID uuid(String parameter, @Nullable String value, List<Violation> problems) {
        if (value == null) {
            problems.add(new Violation(parameter, "must not be null"));
            return null;
        }
        if (value.isBlank()) {
            problems.add(new Violation(parameter, "must not be blank"));
            return null;
        }
        if (!CANONICAL.matcher(value).matches()) {
            // The value is not repeated: it is the caller's, of any length, and may be anything.
            problems.add(new Violation(
                    parameter,
                    "must be a UUID such as 123e4567-e89b-12d3-a456-426614174000 (" + value.length()
                            + " characters given)"));
            return null;
        }
        return UUID.fromString(value);
    }

    /**
     * Valid path identifiers.
     *
     * @param agent the agent's id, or {@code null} when the operation has none
     * @param item the item's id, or {@code null} when the operation names no item
     */
    record Parsed(@Nullable UUID agent, @Nullable UUID item) {}
}
