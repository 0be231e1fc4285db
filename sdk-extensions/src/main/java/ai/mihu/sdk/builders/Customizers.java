package ai.mihu.sdk.builders;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Runs the lambdas that callers pass to adders, and turns lists of nested builders into lists
 * of models.
 *
 * <p>A {@code null} lambda is not an exception at the call site: it becomes a {@code null} item,
 * which {@link ai.mihu.sdk.validation.RequestValidator} reports at build time under the item's
 * JSON path ({@code guidelines[2]: must not be null}), together with every other problem.
 */
@NullMarked
final class Customizers {

    private Customizers() {}

    /** {@code builder} after {@code customizer} ran on it, or {@code null} when there is no customizer. */
    static <B> @Nullable B apply(@Nullable Consumer<? super B> customizer, B builder) {
        if (customizer == null) {
            return null;
        }
        customizer.accept(builder);
        return builder;
    }

    /** A fresh mutable list with one fresh model per builder, {@code null} for a {@code null} builder. */
    static <B, M> List<M> toModels(List<B> builders, Function<B, M> toModel) {
        List<M> models = new ArrayList<>(builders.size());
        for (B builder : builders) {
            models.add(builder == null ? null : toModel.apply(builder));
        }
        return models;
    }
}
