package ai.mihu.docs.markdown;

import java.util.List;
import org.commonmark.node.Node;

/**
 * Expands a directive paragraph such as <code>{{snippet client-build}}</code> into Markdown
 * nodes. Directives are how pages pull in content the build produces (snippets from compiled
 * sources, coordinates from the poms) instead of text typed into the page.
 */
@FunctionalInterface
public interface Directive {

    /**
     * Produces the nodes that replace the directive's paragraph.
     *
     * @param argument everything after the directive's name, trimmed; empty when there is none
     * @return the nodes to insert, in order; never empty
     * @throws RuntimeException with a message saying what is wrong when the argument is invalid
     */
    List<Node> expand(String argument);
}
