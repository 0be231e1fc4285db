package ai.mihu.sdk.enums;

import java.util.Set;

/**
 * Known values of a schedule assignment's {@code status}.
 *
 * <p>An open vocabulary: the spec keeps it a string and the API reference gives only an example
 * value. Use these constants instead of typing the strings; expect the server to send values not
 * listed here, and pass such values through as they are.
 */
public final class ScheduleAssignmentStatuses {

    /** The assignment is in use: the agent books on the schedule. */
    public static final String ACTIVE = "active";

    private ScheduleAssignmentStatuses() {
    }

    /**
     * The values this SDK knows; the server may send and accept others.
     *
     * @return an unmodifiable set
     */
    public static Set<String> known() {
        return Set.of(ACTIVE);
    }
}
