package ai.mihu.sdk.enums;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Safe handling of the API's enums ({@code AgentStatus}, {@code AgentSpeed},
 * {@code RoutingDetectionMode}, {@code GuardRuleAction}, {@code WebhookEvent}, and any added
 * later).
 *
 * <p>Servers add enum values over time. A value this SDK does not know decodes as the constant
 * {@code UNKNOWN_DEFAULT_OPEN_API} instead of failing; {@link #isKnown(Enum)} tells the two
 * apart. {@link #parse(Class, String)} turns user input or configuration into a constant without
 * ever producing that stand-in, which the server would reject.
 *
 * <pre>{@code
 * Optional<AgentStatus> status = MihuEnums.parse(AgentStatus.class, " In_Progress ");  // IN_PROGRESS
 * if (!MihuEnums.isKnown(agent.getStatus())) { ... }  // a status newer than this SDK, or none
 * }</pre>
 *
 * <p>Thread-safe; works for any enum, using its Jackson wire value ({@code @JsonValue}) where it
 * has one and its constant name otherwise.
 */
public final class MihuEnums {

    /** The constant the generated enums decode unknown values to. */
    public static final String UNKNOWN_CONSTANT_NAME = "UNKNOWN_DEFAULT_OPEN_API";

    // Jackson knows each generated enum's wire value through its @JsonValue; asking it keeps
    // this class independent of how the generator names the accessor.
    private static final ObjectMapper WIRE = new ObjectMapper();
    private static final ClassValue<Lookup> LOOKUPS = new ClassValue<>() {
        @Override
        protected Lookup computeValue(Class<?> type) {
            return Lookup.of(type);
        }
    };

    private MihuEnums() {
    }

    /**
     * Parses text leniently into a known constant of {@code type}. The text is trimmed and
     * compared without regard to case, first with the wire values ({@code in_progress}), then
     * with the constant names ({@code IN_PROGRESS}). The comparison does not depend on the
     * default locale.
     *
     * @param type the enum, such as {@code AgentStatus.class}
     * @param text the text, such as {@code " Ready "}; may be {@code null}
     * @param <E> the enum type
     * @return the constant, or empty when the text is {@code null}, blank, unknown, or names
     *     {@code UNKNOWN_DEFAULT_OPEN_API}, which is never returned
     * @throws NullPointerException if {@code type} is {@code null}
     */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        Objects.requireNonNull(type, "type must not be null");
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(type.cast(LOOKUPS.get(type).find(text)));
    }

    /**
     * Tells whether a decoded value is one this SDK knows.
     *
     * @param value a constant, for instance from a decoded response; may be {@code null}
     * @return {@code false} for {@code null} and for {@code UNKNOWN_DEFAULT_OPEN_API}, else {@code true}
     */
    public static boolean isKnown(Enum<?> value) {
        return value != null && !UNKNOWN_CONSTANT_NAME.equals(value.name());
    }

    /**
     * The constants of {@code type} that stand for real API values, that is all but
     * {@code UNKNOWN_DEFAULT_OPEN_API}.
     *
     * @param type the enum, such as {@code WebhookEvent.class}
     * @param <E> the enum type
     * @return an unmodifiable set in declaration order
     * @throws NullPointerException if {@code type} is {@code null}
     */
    public static <E extends Enum<E>> Set<E> knownValues(Class<E> type) {
        Objects.requireNonNull(type, "type must not be null");
        EnumSet<E> known = EnumSet.allOf(type);
        known.removeIf(constant -> !isKnown(constant));
        return Collections.unmodifiableSet(known);
    }

    /**
     * The string a constant is sent as on the wire, such as {@code in_progress} for
     * {@code AgentStatus.IN_PROGRESS}.
     *
     * @param value the constant
     * @return its wire value
     * @throws NullPointerException if {@code value} is {@code null}
     */
    public static String wireValue(Enum<?> value) {
        Objects.requireNonNull(value, "value must not be null");
        return WIRE.convertValue(value, String.class);
    }

    /** Case-insensitive indexes of one enum's known constants. */
    private static final class Lookup {

        private final Map<String, Enum<?>> byWireValue = new HashMap<>();
        private final Map<String, Enum<?>> byName = new HashMap<>();

        static Lookup of(Class<?> type) {
            Lookup lookup = new Lookup();
            for (Object constant : type.getEnumConstants()) {
                Enum<?> value = (Enum<?>) constant;
                if (isKnown(value)) {
                    lookup.byWireValue.putIfAbsent(normalise(wireValue(value)), value);
                    lookup.byName.putIfAbsent(normalise(value.name()), value);
                }
            }
            return lookup;
        }

        Enum<?> find(String text) {
            String key = normalise(text);
            Enum<?> found = byWireValue.get(key);
            return found != null ? found : byName.get(key);
        }

        // Locale.ROOT: under a Turkish default locale "IN_PROGRESS" would lower-case to "ın_progress".
        private static String normalise(String text) {
            return text.strip().toLowerCase(Locale.ROOT);
        }
    }
}
