package ai.mihu.sdk.enums;

import java.util.Set;

/**
 * Known values of a schedule assignment's {@code priority}: how a schedule ranks among the
 * agent's schedules.
 *
 * <p>An open vocabulary: the spec keeps it a string because the API reference names only one
 * value. Use these constants instead of typing the strings; expect the server to send values not
 * listed here, and pass such values through as they are.
 */
public final class SchedulePriorities {

    /** The schedule the agent books on first. */
    public static final String PRIMARY = "primary";

    private SchedulePriorities() {
    }

    /**
     * The values this SDK knows; the server may send and accept others.
     *
     * @return an unmodifiable set
     */
    public static Set<String> known() {
        return Set.of(PRIMARY);
    }
}
