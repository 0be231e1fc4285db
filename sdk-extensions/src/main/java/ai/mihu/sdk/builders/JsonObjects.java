package ai.mihu.sdk.builders;

import ai.mihu.sdk.errors.InvalidRequestException.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Copies and checks the free-form JSON objects of the spec ({@code settings.voice},
 * {@code slot_rules}, ...), which the models hold as {@code Map<String, Object>}.
 *
 * <p>The copies are deep for maps, collections and object arrays, because a shallow copy would
 * still share the nested maps a caller goes on mutating. Other values (strings, numbers,
 * booleans) are immutable in practice and are kept as they are.
 */
@NullMarked
final class JsonObjects {

    private JsonObjects() {}

    /** A deep, mutable copy of {@code source}, or {@code null} when it is {@code null}. */
    static @Nullable Map<String, Object> copy(@Nullable Map<String, ?> source) {
        if (source == null) {
            return null;
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        source.forEach((key, value) -> copy.put(key, copyValue(value)));
        return copy;
    }

    private static Object copyValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(key, copyValue(item)));
            return copy;
        }
        if (value instanceof Collection<?> items) {
            List<Object> copy = new ArrayList<>(items.size());
            items.forEach(item -> copy.add(copyValue(item)));
            return copy;
        }
        if (value instanceof Object[] items) {
            List<Object> copy = new ArrayList<>(items.length);
            for (Object item : items) {
                copy.add(copyValue(item));
            }
            return copy;
        }
        return value;
    }

    /**
     * Reports every {@code null} key in {@code map} and the maps nested in it. JSON has no null
     * keys, so the encoder would fail on one after the request left the builder; reporting it
     * here keeps that failure a validation error with a path.
     */
    static void reportNullKeys(Map<?, ?> map, String path, List<Violation> problems) {
        if (map == null) {
            return;
        }
        map.forEach((key, value) -> {
            if (key == null) {
                problems.add(new Violation(path, "has a null key; JSON object keys must be strings"));
            } else {
                reportNullKeysIn(value, PropertyPath.child(path, key.toString()), problems);
            }
        });
    }

    private static void reportNullKeysIn(Object value, String path, List<Violation> problems) {
        if (value instanceof Map<?, ?> nested) {
            reportNullKeys(nested, path, problems);
        } else if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                reportNullKeysIn(item, PropertyPath.item(path, index++), problems);
            }
        }
    }
}
