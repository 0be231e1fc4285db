package ai.mihu.sdk.builders;

import org.jspecify.annotations.NullMarked;

/**
 * Joins JSON property names into the paths that {@link ai.mihu.sdk.errors.InvalidRequestException}
 * reports, in the same form as {@link ai.mihu.sdk.validation.RequestValidator}:
 * {@code guard_rules[0].then_action}.
 */
@NullMarked
final class PropertyPath {

    private PropertyPath() {}

    /** {@code parent.name}, or {@code name} at the root. */
    static String child(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    /** {@code parent[index]}. */
    static String item(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
