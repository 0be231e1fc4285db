package ai.mihu.sdk.enums;

import java.util.Set;

/**
 * Known values of a phone number's {@code provider}: who provides the number.
 *
 * <p>An open vocabulary: the spec keeps it a string because numbers can come from providers it
 * does not list. Compare against these constants instead of typing the strings; expect the
 * server to send values not listed here.
 */
public final class PhoneNumberProviders {

    /** A number provided by Mihu itself. */
    public static final String MIHU = "mihu";

    private PhoneNumberProviders() {
    }

    /**
     * The values this SDK knows; the server may send others.
     *
     * @return an unmodifiable set
     */
    public static Set<String> known() {
        return Set.of(MIHU);
    }
}
