package ai.mihu.sdk.enums;

import java.util.Set;

/**
 * Known values of an intent parameter's {@code type}: the type of value the intent extracts.
 *
 * <p>An open vocabulary: the spec keeps it a string because the API reference shows only one
 * type. Compare against these constants instead of typing the strings; expect the server to
 * send values not listed here.
 */
public final class IntentParameterTypes {

    /** A text value, such as an email address. */
    public static final String STRING = "string";

    private IntentParameterTypes() {
    }

    /**
     * The values this SDK knows; the server may send others.
     *
     * @return an unmodifiable set
     */
    public static Set<String> known() {
        return Set.of(STRING);
    }
}
