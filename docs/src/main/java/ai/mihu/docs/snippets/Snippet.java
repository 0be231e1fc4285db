package ai.mihu.docs.snippets;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A region of source code marked for the docs, ready to be shown as a code block.
 *
 * @param id the region's identifier, as written after {@code docs:start}
 * @param source the file the region was taken from
 * @param firstLine the 1-based line number of the region's first line of code in {@code source}
 * @param language the code block language derived from the file's extension, such as {@code java}
 * @param code the region's lines, with the indentation they share removed and no trailing newline
 */
public record Snippet(String id, Path source, int firstLine, String language, String code) {

    /** Checks that every part is present, so a snippet is always printable. */
    public Snippet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(code, "code");
    }
}
