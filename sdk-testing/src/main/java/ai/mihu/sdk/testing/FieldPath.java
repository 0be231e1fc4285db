package ai.mihu.sdk.testing;

import org.jspecify.annotations.Nullable;

/**
 * Turns the JSON pointers of validation reports into the field paths the API puts in {@code
 * error.field}: {@code /guard_rules/0/then_action} becomes {@code guard_rules[0].then_action}.
 */
final class FieldPath {

    private FieldPath() {}

    /**
     * The field path of a JSON pointer, optionally extended by a property of the object it points
     * to (for a missing required property).
     *
     * @param pointer a JSON pointer such as {@code /procedures/0}; {@code ""} or {@code "/"} is the body
     * @param property a property of that object, or null
     * @return the path, or {@code ""} for the body itself
     */
    static String of(@Nullable String pointer, @Nullable String property) {
        StringBuilder path = new StringBuilder();
        if (pointer != null && !pointer.isEmpty() && !"/".equals(pointer)) {
            for (String token : pointer.substring(1).split("/", -1)) {
                append(path, unescape(token));
            }
        }
        if (property != null) {
            appendName(path, property);
        }
        return path.toString();
    }

    private static void append(StringBuilder path, String token) {
        if (!token.isEmpty() && token.chars().allMatch(Character::isDigit)) {
            path.append('[').append(token).append(']');
        } else {
            appendName(path, token);
        }
    }

    private static void appendName(StringBuilder path, String name) {
        if (path.length() > 0) {
            path.append('.');
        }
        path.append(name);
    }

    /** RFC 6901: {@code ~1} is {@code /} and {@code ~0} is {@code ~}, in that order. */
    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
