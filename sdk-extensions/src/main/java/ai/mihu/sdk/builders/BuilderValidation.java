package ai.mihu.sdk.builders;

import ai.mihu.sdk.errors.InvalidRequestException;
import ai.mihu.sdk.errors.InvalidRequestException.Violation;
import ai.mihu.sdk.validation.RequestValidator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.NullMarked;

/** What every builder's {@code build()} does: validate the model and the builder's own findings, and report them together. */
@NullMarked
final class BuilderValidation {

    private static final Comparator<Violation> BY_PATH =
            Comparator.comparing(Violation::path).thenComparing(Violation::message);

    private BuilderValidation() {}

    /**
     * Returns {@code model} when it is valid.
     *
     * @param model the freshly built model
     * @param builderProblems adds the problems the builders found that the model no longer shows
     * @throws InvalidRequestException listing every problem, sorted by JSON path
     */
    static <M> M validated(M model, Consumer<List<Violation>> builderProblems) {
        List<Violation> violations = new ArrayList<>(RequestValidator.validate(model));
        builderProblems.accept(violations);
        if (!violations.isEmpty()) {
            violations.sort(BY_PATH);
            throw new InvalidRequestException(violations);
        }
        return model;
    }
}
