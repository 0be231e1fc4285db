package ai.mihu.sdk.testing;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Reads UUIDs from paths and JSON without throwing on text that is not one. */
final class Uuids {

    /** The canonical 8-4-4-4-12 form; {@link UUID#fromString} alone also accepts shorter groups. */
    private static final Pattern CANONICAL =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Uuids() {}

    /** The UUID the text spells, or empty if it spells none. */
    static Optional<UUID> parse(String text) {
        return text != null && CANONICAL.matcher(text).matches()
                ? Optional.of(UUID.fromString(text))
                : Optional.empty();
    }
}
