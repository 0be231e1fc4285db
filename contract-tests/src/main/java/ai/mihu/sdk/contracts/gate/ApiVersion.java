package ai.mihu.sdk.contracts.gate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code info.version} of a spec, read as a semantic version. Only the major part matters to
 * the gate: a breaking change is released by raising it.
 *
 * @param text  the version as the spec writes it
 * @param major its major part
 */
public record ApiVersion(String text, int major) {

    private static final Pattern SEMANTIC_VERSION = Pattern.compile("^v?(\\d+)(\\.\\d+){0,2}([-+].*)?$");

    /**
     * Reads a spec's {@code info.version}.
     *
     * @param text the version text, such as {@code 1.0.0}
     * @return the version
     * @throws IllegalArgumentException when the text is missing or not a semantic version, since
     *                                  the gate could then not tell a major release from a minor one
     */
    public static ApiVersion parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("The spec has no info.version; the breaking-change gate needs one"
                    + " (a semantic version such as 1.0.0).");
        }
        Matcher matcher = SEMANTIC_VERSION.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("info.version '" + text + "' is not a semantic version such as 1.0.0;"
                    + " the breaking-change gate reads its major part.");
        }
        return new ApiVersion(text.trim(), Integer.parseInt(matcher.group(1)));
    }

    /**
     * Tells whether this version starts a new major release after {@code released}.
     *
     * @param released the last released version
     * @return true when this major is greater than the released one
     */
    public boolean isMajorBumpFrom(ApiVersion released) {
        return major > released.major;
    }

    @Override
    public String toString() {
        return text;
    }
}
