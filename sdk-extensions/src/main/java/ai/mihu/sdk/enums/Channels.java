package ai.mihu.sdk.enums;

import java.util.Set;

/**
 * Known channels for a guard rule's {@code selected_channels}: where the rule applies.
 *
 * <p>An open vocabulary: the spec keeps it a list of strings because the server may support
 * more channels than it documents. Use these constants instead of typing the strings; expect the
 * server to send values not listed here, and pass such values through as they are.
 */
public final class Channels {

    /** Phone calls. */
    public static final String PHONE = "phone";

    /** WhatsApp conversations. */
    public static final String WHATSAPP = "whatsapp";

    private Channels() {
    }

    /**
     * The values this SDK knows; the server may send and accept others.
     *
     * @return an unmodifiable set
     */
    public static Set<String> known() {
        return Set.of(PHONE, WHATSAPP);
    }
}
