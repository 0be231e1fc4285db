package ai.mihu.sdk.builders;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Copies of the string lists a builder holds (phrases, channels), so no caller shares them. */
final class StringLists {

    private StringLists() {
    }

    /** A mutable copy of {@code source}, or {@code null} when it is {@code null}; null items are kept. */
    static List<String> copy(Collection<String> source) {
        return source == null ? null : new ArrayList<>(source);
    }

    /** {@code list} with {@code item} appended, creating the list when there is none yet. */
    static List<String> append(List<String> list, String item) {
        List<String> target = list == null ? new ArrayList<>() : list;
        target.add(item);
        return target;
    }
}
