package ai.mihu.docs.snippets;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The snippet regions found in a set of source roots, looked up by identifier. */
public final class SnippetCatalog {

    private final Map<String, Snippet> snippetsById;
    private final List<Path> roots;

    /**
     * Creates a catalog.
     *
     * @param snippets the regions found, with unique identifiers
     * @param roots the source roots they were searched in, named when a region is missing
     */
    public SnippetCatalog(List<Snippet> snippets, List<Path> roots) {
        Map<String, Snippet> byId = new TreeMap<>();
        for (Snippet snippet : snippets) {
            if (byId.putIfAbsent(snippet.id(), snippet) != null) {
                throw new IllegalArgumentException("Duplicate snippet id " + snippet.id());
            }
        }
        this.snippetsById = Collections.unmodifiableMap(byId);
        this.roots = List.copyOf(roots);
    }

    /**
     * Returns the region with the given identifier.
     *
     * @param id the identifier written after {@code docs:start}
     * @return the region
     * @throws SnippetException if no source root has that region, naming the roots searched
     */
    public Snippet require(String id) {
        Snippet snippet = snippetsById.get(id);
        if (snippet == null) {
            throw new SnippetException(List.of("No snippet region '" + id + "' in the snippet roots "
                    + roots + ". Mark it in a compiled source file between '// docs:start " + id
                    + "' and '// docs:end " + id + "', or add the root that holds it to the docs build."));
        }
        return snippet;
    }

    /**
     * Returns the identifiers of every region found.
     *
     * @return the identifiers, sorted
     */
    public Set<String> ids() {
        return snippetsById.keySet();
    }
}
