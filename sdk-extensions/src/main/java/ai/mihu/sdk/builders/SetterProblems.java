package ai.mihu.sdk.builders;

import ai.mihu.sdk.errors.InvalidRequestException.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.NullMarked;

/**
 * The problems one builder's setters found, by JSON property name: a typed value that cannot be
 * sent (a {@code Locale} without a language) or a {@code null} lambda. The model the builder
 * produces no longer shows them, so validation of the model cannot find them; the builder adds
 * them at {@code build()}. A later call to the same setter replaces or clears the problem.
 */
@NullMarked
final class SetterProblems {

    private final Map<String, String> byProperty = new LinkedHashMap<>();

    /** Records that the value given for {@code property} cannot be sent, and why. */
    void report(String property, String message) {
        byProperty.put(property, message);
    }

    /** Forgets the problem of {@code property}, as its setter was called again. */
    void clear(String property) {
        byProperty.remove(property);
    }

    /** Adds each problem to {@code problems}, with its property under {@code path}. */
    void addTo(String path, List<Violation> problems) {
        byProperty.forEach(
                (property, message) -> problems.add(new Violation(PropertyPath.child(path, property), message)));
    }
}
