package ai.mihu.sdk.enums;

import java.util.Set;

/**
 * Known values of {@code destination_type} on routing rules and guard rules: the kind of
 * destination a conversation is sent to.
 *
 * <p>An open vocabulary: the spec keeps it a string because the server knows more kinds than it
 * documents and adds new ones. Use these constants instead of typing the strings; expect the
 * server to send values not listed here, and pass such values through as they are.
 */
public final class DestinationTypes {

    /** An extension number, such as {@code "204"}, given in {@code destination}. */
    public static final String EXTENSION = "extension";

    private DestinationTypes() {
    }

    /**
     * The values this SDK knows; the server may send and accept others.
     *
     * @return an unmodifiable set
     */
    public static Set<String> known() {
        return Set.of(EXTENSION);
    }
}
