package ai.mihu.sdk.errors;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A request failed client-side validation and was not sent.
 *
 * <p>Thrown before any byte goes over the network, by {@code build()} on the request builders and
 * by the client before it sends a request. {@link #violations()} lists every problem found, each
 * with the JSON path of the offending field as the API names it, such as
 * {@code guard_rules[0].then_action}.
 */
public class InvalidRequestException extends MihuException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /**
     * Creates an exception listing the given violations.
     *
     * @param violations the problems found; must not be empty
     */
    public InvalidRequestException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    /**
     * Every problem found in the request, in a stable order (by path).
     *
     * @return an unmodifiable, non-empty list
     */
    public List<Violation> violations() {
        return violations;
    }

    private static String describe(List<Violation> violations) {
        Objects.requireNonNull(violations, "violations");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidRequestException needs at least one violation");
        }
        return violations.stream()
                .map(Violation::toString)
                .collect(Collectors.joining("; ", "Invalid request, nothing was sent: ", ""));
    }

    /**
     * One problem with a request field.
     *
     * @param path JSON path of the field as the API names it, such as {@code guard_rules[0].then_action};
     *     empty for a problem with the request as a whole
     * @param message what is wrong with it, such as {@code must not be null}
     */
    public record Violation(String path, String message) {

        /**
         * Validates the components.
         *
         * @param path JSON path of the field
         * @param message what is wrong with it
         */
        public Violation {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return path.isEmpty() ? message : path + ": " + message;
        }
    }
}
