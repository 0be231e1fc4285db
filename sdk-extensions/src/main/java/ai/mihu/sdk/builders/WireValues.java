package ai.mihu.sdk.builders;

import java.net.URI;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * How the typed setters send a Java value as the spec's string, and which values they refuse.
 * A setter is typed when its property says {@code x-mihu-java-type} in the spec; this class has one
 * {@code toWire} per type the spec names there.
 *
 * <p>A refused value is not an exception at the call site: the setter leaves the property unset
 * and records the problem, which {@code build()} reports with every other problem.
 */
@NullMarked
final class WireValues {

    /** Zone ids that are offsets in disguise: ZoneId.of accepts them, IANA does not name them. */
    private static final Pattern OFFSET_ZONE = Pattern.compile("^(GMT|UTC|UT)[+-].*");

    private WireValues() {}

    /**
     * A locale as its BCP 47 language tag ({@link Locale#toLanguageTag()}): {@code Locale.ENGLISH}
     * is sent as {@code en}, {@code Locale.forLanguageTag("pt-BR")} as {@code pt-BR}. A locale
     * without a language, such as {@link Locale#ROOT}, would be sent as the undetermined tag
     * {@code und}, and is refused.
     *
     * @param value the locale, or {@code null}
     * @param property the JSON name of the property, for the problem
     * @param problems where a refused value is recorded
     * @return the tag, or {@code null} for {@code null} or a refused value
     */
    static @Nullable String toWire(@Nullable Locale value, String property, SetterProblems problems) {
        if (value != null && value.getLanguage().isEmpty()) {
            problems.report(
                    property,
                    "the Locale has no language and would be sent as the undetermined tag \"" + value.toLanguageTag()
                            + "\"; use a Locale with a language, such as Locale.ENGLISH");
            return null;
        }
        return value == null ? null : value.toLanguageTag();
    }

    /**
     * A time zone as its IANA name ({@link ZoneId#getId()}). A fixed offset such as
     * {@code ZoneOffset.ofHours(3)} or {@code ZoneId.of("GMT+3")} is not an IANA time zone, and is
     * refused; a region such as {@code Europe/Istanbul} or {@code UTC} is sent.
     *
     * @param value the zone, or {@code null}
     * @param property the JSON name of the property, for the problem
     * @param problems where a refused value is recorded
     * @return the zone's name, or {@code null} for {@code null} or a refused value
     */
    static @Nullable String toWire(@Nullable ZoneId value, String property, SetterProblems problems) {
        if (value instanceof ZoneOffset
                || (value != null && OFFSET_ZONE.matcher(value.getId()).matches())) {
            problems.report(
                    property,
                    "\"" + value.getId()
                            + "\" is a fixed offset, not an IANA time zone; use a region such as Europe/Istanbul or UTC");
            return null;
        }
        return value == null ? null : value.getId();
    }

    /**
     * A URI as its string form. A relative URI is refused.
     *
     * @param value an absolute URI, or {@code null}
     * @param property the JSON name of the property, for the problem
     * @param problems where a refused value is recorded
     * @return the URI, or {@code null} for {@code null} or a refused value
     */
    static @Nullable String toWire(@Nullable URI value, String property, SetterProblems problems) {
        if (value != null && !value.isAbsolute()) {
            problems.report(property, "\"" + value + "\" is not an absolute URL");
            return null;
        }
        return value == null ? null : value.toString();
    }
}
