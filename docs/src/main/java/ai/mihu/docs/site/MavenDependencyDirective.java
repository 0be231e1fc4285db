package ai.mihu.docs.site;

import ai.mihu.docs.markdown.Directive;
import java.util.List;
import java.util.Set;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;

/**
 * <code>{{maven-dependency ARTIFACT [SCOPE]}}</code>: a Maven dependency block with this build's
 * groupId and version, for an artifact that one of the project's modules publishes.
 */
final class MavenDependencyDirective implements Directive {

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private static final Set<String> SCOPES = Set.of("compile", "runtime", "test", "provided");

    private final String groupId;
    private final String version;
    private final ProjectModules modules;

    MavenDependencyDirective(String groupId, String version, ProjectModules modules) {
        this.groupId = groupId;
        this.version = version;
        this.modules = modules;
    }

    @Override
    public List<Node> expand(String argument) {
        String[] words = WHITESPACE.split(argument.stripTrailing(), -1);
        if (argument.isEmpty() || words.length > 2) {
            throw new IllegalArgumentException(
                    "write {{maven-dependency ARTIFACT}} or " + "{{maven-dependency ARTIFACT SCOPE}}");
        }
        String artifactId = words[0];
        if (!modules.publishes(artifactId)) {
            throw new IllegalArgumentException("no module of the docs build publishes '" + artifactId
                    + "'; known artifacts: " + modules.artifactIds()
                    + " (add the module with --module=DIR)");
        }
        StringBuilder xml = new StringBuilder()
                .append("<dependency>\n")
                .append("  <groupId>")
                .append(groupId)
                .append("</groupId>\n")
                .append("  <artifactId>")
                .append(artifactId)
                .append("</artifactId>\n")
                .append("  <version>")
                .append(version)
                .append("</version>\n");
        if (words.length == 2) {
            if (!SCOPES.contains(words[1])) {
                throw new IllegalArgumentException("unknown Maven scope '" + words[1] + "'");
            }
            xml.append("  <scope>").append(words[1]).append("</scope>\n");
        }
        xml.append("</dependency>\n");

        FencedCodeBlock block = new FencedCodeBlock();
        block.setInfo("xml");
        block.setLiteral(xml.toString());
        return List.of(block);
    }
}
