package ai.mihu.sdk.builders;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Copies of the value lists a builder holds (phrases, channels, events), so no caller shares them. */
final class Lists {

    private Lists() {
    }

    /** A mutable copy of {@code source}, or {@code null} when it is {@code null}; null items are kept for validation to report. */
    static <T> List<T> copy(Collection<? extends T> source) {
        return source == null ? null : new ArrayList<>(source);
    }

    /** {@code list} with {@code item} appended, creating the list when there is none yet. */
    static <T> List<T> append(List<T> list, T item) {
        List<T> target = list == null ? new ArrayList<>() : list;
        target.add(item);
        return target;
    }
}
