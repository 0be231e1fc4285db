package ai.mihu.docs.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.commonmark.node.FencedCodeBlock;
import org.junit.jupiter.api.Test;

class MarkdownPageRendererTest {

    private final MarkdownPageRenderer renderer = new MarkdownPageRenderer(Map.of(
            "code", argument -> List.of(codeBlock("java", "List<String> " + argument + " = List.of();\n")),
            "broken",
                    argument -> {
                        throw new IllegalStateException("region '" + argument + "' is missing");
                    }));

    @Test
    void replacesADirectiveParagraphWithWhatTheDirectiveProduces() {
        RenderedMarkdown page = renderer.render("""
        # Guide

        Before.

        {{code names}}

        After.
        """, "guide.md");

        assertThat(page.title()).isEqualTo("Guide");
        assertThat(page.html())
                .contains(
                        "<pre><code class=\"language-java\">List&lt;String&gt; names = List.of();\n" + "</code></pre>")
                .doesNotContain("{{")
                .containsSubsequence("Before.", "List&lt;String&gt;", "After.");
    }

    @Test
    void unknownDirectiveFailsThePageNamingKnownOnes() {
        assertThatThrownBy(() -> renderer.render("# T\n\n{{snipet x}}\n", "guide.md"))
                .isInstanceOf(MarkdownException.class)
                .hasMessageContaining("guide.md: unknown directive {{snipet}}")
                .hasMessageContaining("[broken, code]");
    }

    @Test
    void failingDirectiveFailsThePageWithItsReason() {
        assertThatThrownBy(() -> renderer.render("# T\n\n{{broken client-build}}\n", "guide.md"))
                .isInstanceOf(MarkdownException.class)
                .hasMessageContaining("guide.md")
                .hasMessageContaining("region 'client-build' is missing");
    }

    @Test
    void directiveInsideASentenceIsRejectedInsteadOfPublishedAsText() {
        assertThatThrownBy(() -> renderer.render("# T\n\nSee {{code x}} here.\n", "guide.md"))
                .isInstanceOf(MarkdownException.class)
                .hasMessageContaining("not alone in its paragraph");
    }

    @Test
    void directiveSyntaxInsideCodeIsLeftAlone() {
        RenderedMarkdown page = renderer.render("# T\n\nWrite `{{snippet ID}}`.\n", "guide.md");

        assertThat(page.html()).contains("<code>{{snippet ID}}</code>");
    }

    @Test
    void rendersTablesAndGivesHeadingsAnchors() {
        RenderedMarkdown page = renderer.render("""
        # The `Mihu` guide

        ## Error handling

        | Status | Exception |
        |---|---|
        | 429 | RateLimitException |
        """, "guide.md");

        assertThat(page.title()).isEqualTo("The Mihu guide");
        assertThat(page.html())
                .contains("<h2 id=\"error-handling\">Error handling</h2>")
                .contains("<td>RateLimitException</td>");
    }

    @Test
    void pageWithoutATitleIsRejected() {
        assertThatThrownBy(() -> renderer.render("## Only a section\n", "notes.md"))
                .isInstanceOf(MarkdownException.class)
                .hasMessageContaining("notes.md: a page needs a level-1 heading");
    }

    private static FencedCodeBlock codeBlock(String language, String code) {
        FencedCodeBlock block = new FencedCodeBlock();
        block.setInfo(language);
        block.setLiteral(code);
        return block;
    }
}
