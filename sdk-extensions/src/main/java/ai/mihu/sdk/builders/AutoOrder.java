package ai.mihu.sdk.builders;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.NullMarked;

/**
 * Gives ordered list items the caller left without a position their index in the list, starting
 * at 0. Used for the list properties the spec marks {@code x-mihu-auto-order}, naming the item
 * property that holds the position.
 */
@NullMarked
final class AutoOrder {

    private AutoOrder() {}

    /** Sets the position of every non-null item whose position is unset to its index. */
    static <M> void fill(List<M> items, Function<M, Integer> position, BiConsumer<M, Integer> setPosition) {
        for (int i = 0; i < items.size(); i++) {
            M item = items.get(i);
            if (item != null && position.apply(item) == null) {
                setPosition.accept(item, i);
            }
        }
    }
}
