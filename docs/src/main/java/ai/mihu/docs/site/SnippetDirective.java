package ai.mihu.docs.site;

import ai.mihu.docs.markdown.Directive;
import ai.mihu.docs.snippets.Snippet;
import ai.mihu.docs.snippets.SnippetCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Node;

/**
 * <code>{{snippet ID}}</code>: the snippet region ID as a code block, captioned with the file it
 * comes from. A missing region fails the page.
 */
final class SnippetDirective implements Directive {

    private final SnippetCatalog catalog;
    private final Path sourceBase;
    private final Set<String> used = new TreeSet<>();

    /**
     * @param catalog the regions found in the snippet roots
     * @param sourceBase the folder captions show paths relative to, normally the repository root
     */
    SnippetDirective(SnippetCatalog catalog, Path sourceBase) {
        this.catalog = catalog;
        this.sourceBase = sourceBase.toAbsolutePath().normalize();
    }

    @Override
    public List<Node> expand(String argument) {
        if (argument.isEmpty() || argument.contains(" ")) {
            throw new IllegalArgumentException("write {{snippet ID}} with exactly one region id");
        }
        Snippet snippet = catalog.require(argument);
        used.add(snippet.id());

        HtmlBlock caption = new HtmlBlock();
        caption.setLiteral("<p class=\"snippet-source\">From <code>" + Html.escape(displayPath(snippet.source()))
                + "</code></p>\n");
        FencedCodeBlock code = new FencedCodeBlock();
        code.setInfo(snippet.language());
        code.setLiteral(snippet.code() + "\n");
        return List.of(caption, code);
    }

    /** Returns the ids of the regions pages have used so far. */
    Set<String> used() {
        return new TreeSet<>(used);
    }

    private String displayPath(Path source) {
        Path absolute = source.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(sourceBase) ? sourceBase.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }
}
