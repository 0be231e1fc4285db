package ai.mihu.docs.markdown;

/**
 * A Markdown page rendered to an HTML fragment.
 *
 * @param title the text of the page's first level-1 heading
 * @param html the page's body as HTML, without any surrounding layout
 */
public record RenderedMarkdown(String title, String html) {}
