package ai.mihu.docs.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders a Markdown page (CommonMark with GitHub tables and heading anchors) to HTML, replacing
 * each directive paragraph <code>{{name argument}}</code> with what its {@link Directive}
 * produces. A directive that is unknown, fails, or stands anywhere but alone in its paragraph
 * fails the page: a page never ships with a placeholder left in it.
 */
public final class MarkdownPageRenderer {

    private static final Pattern DIRECTIVE = Pattern.compile("\\{\\{\\s*([a-z][a-z-]*)(?:\\s+([^{}]*?))?\\s*}}");

    private final List<Extension> extensions = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
    private final Parser parser = Parser.builder().extensions(extensions).build();
    private final HtmlRenderer renderer =
            HtmlRenderer.builder().extensions(extensions).build();
    private final Map<String, Directive> directives;

    /**
     * Creates a renderer.
     *
     * @param directives the directives pages may use, by name
     */
    public MarkdownPageRenderer(Map<String, Directive> directives) {
        this.directives = Map.copyOf(directives);
    }

    /**
     * Renders one page.
     *
     * @param markdown the page's Markdown source
     * @param pageName the page's name, used in error messages
     * @return the page's title and HTML body
     * @throws MarkdownException if the page has no level-1 heading or a directive cannot be expanded
     */
    public RenderedMarkdown render(String markdown, String pageName) {
        Node document = parser.parse(markdown);
        expandDirectives(document, pageName);
        rejectLeftoverDirectives(document, pageName);
        return new RenderedMarkdown(title(document, pageName), renderer.render(document));
    }

    private void expandDirectives(Node document, String pageName) {
        List<Paragraph> candidates = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                candidates.add(paragraph);
            }
        });
        for (Paragraph paragraph : candidates) {
            String text = plainText(paragraph);
            if (text == null) {
                continue;
            }
            Matcher matcher = DIRECTIVE.matcher(text.strip());
            if (!matcher.matches()) {
                continue;
            }
            String name = matcher.group(1);
            String argument = matcher.group(2) == null ? "" : matcher.group(2).strip();
            Directive directive = directives.get(name);
            if (directive == null) {
                throw new MarkdownException(pageName + ": unknown directive {{" + name + "}}; known: "
                        + directives.keySet().stream().sorted().toList());
            }
            List<Node> replacement;
            try {
                replacement = directive.expand(argument);
            } catch (RuntimeException e) {
                throw new MarkdownException(
                        pageName + ": {{" + name + " " + argument + "}} failed: " + e.getMessage(), e);
            }
            for (Node node : replacement) {
                paragraph.insertBefore(node);
            }
            paragraph.unlink();
        }
    }

    private static void rejectLeftoverDirectives(Node document, String pageName) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                if (text.getLiteral().contains("{{")) {
                    throw new MarkdownException(pageName + ": '"
                            + text.getLiteral().strip() + "' looks like a directive but is not alone in its paragraph");
                }
            }
        });
    }

    /** The paragraph's text if it holds nothing but text (so a directive), otherwise null. */
    private static String plainText(Paragraph paragraph) {
        StringBuilder text = new StringBuilder();
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof Text literal)) {
                return null;
            }
            text.append(literal.getLiteral());
        }
        return text.toString();
    }

    private static String title(Node document, String pageName) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() == 1) {
                StringBuilder title = new StringBuilder();
                heading.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text text) {
                        title.append(text.getLiteral());
                    }

                    @Override
                    public void visit(Code code) {
                        title.append(code.getLiteral());
                    }
                });
                return title.toString().strip();
            }
        }
        throw new MarkdownException(pageName + ": a page needs a level-1 heading for its title");
    }
}
