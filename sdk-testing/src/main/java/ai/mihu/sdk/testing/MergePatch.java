package ai.mihu.sdk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Applies a partial update the way the API's {@code PATCH} operations describe it, which is JSON
 * Merge Patch (RFC 7396): a property left out is left unchanged, {@code null} clears the property
 * (the answer then leaves it out), an object is merged property by property, and anything else,
 * lists included, replaces the current value.
 */
final class MergePatch {

    private MergePatch() {}

    /**
     * Changes {@code target} in place.
     *
     * @param target the stored object, a copy the caller owns
     * @param patch the properties sent
     */
    static void apply(ObjectNode target, JsonNode patch) {
        patch.properties().forEach(entry -> applyProperty(target, entry.getKey(), entry.getValue()));
    }

    /** Changes one property of {@code target} as a merge patch sending {@code value} for it would. */
    static void applyProperty(ObjectNode target, String name, JsonNode value) {
        if (value.isNull()) {
            target.remove(name);
        } else if (value.isObject()) {
            JsonNode current = target.get(name);
            ObjectNode merged = current != null && current.isObject() ? (ObjectNode) current : target.putObject(name);
            apply(merged, value);
        } else {
            target.set(name, value.deepCopy());
        }
    }
}
