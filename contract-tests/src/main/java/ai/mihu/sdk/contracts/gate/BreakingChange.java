package ai.mihu.sdk.contracts.gate;

import java.util.Objects;

/**
 * One change between the released spec and the candidate spec that can break a client built
 * against the released one.
 *
 * @param where the operation, the request or response part and the JSON path of the change,
 *              such as {@code POST /api/v1/agents, response 201 (application/json), $.data.notes}
 * @param what  what changed, in words, such as {@code property removed}
 */
public record BreakingChange(String where, String what) {

    /**
     * Creates a breaking change.
     *
     * @param where where the change is; never null
     * @param what  what changed; never null
     */
    public BreakingChange {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(what, "what");
    }

    @Override
    public String toString() {
        return where + ": " + what;
    }
}
