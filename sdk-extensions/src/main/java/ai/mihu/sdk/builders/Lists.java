package ai.mihu.sdk.builders;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/** Copies of the value lists a builder holds (phrases, channels, events), so no caller shares them. */
@NullMarked
final class Lists {

    private Lists() {}

    /** A mutable copy of {@code source}, or {@code null} when it is {@code null}; null items are kept for validation to report. */
    static <T> @Nullable List<T> copy(@Nullable Collection<? extends T> source) {
        return source == null ? null : new ArrayList<>(source);
    }

    /** {@code list} with {@code item} appended, creating the list when there is none yet. */
    static <T> List<T> append(List<T> list, T item) {
        List<T> target = list == null ? new ArrayList<>() : list;
        target.add(item);
        return target;
    }
}
