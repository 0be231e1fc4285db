package ai.mihu.docs.site;

/**
 * The frame every generated page shares: head, navigation and footer around a rendered body.
 * Links are relative, so the site works from any folder of a portal and from a file system.
 */
public final class PageLayout {

    private final String version;

    /**
     * Creates the layout.
     *
     * @param version the SDK version shown in the footer
     */
    public PageLayout(String version) {
        this.version = version;
    }

    /**
     * Wraps a page body.
     *
     * @param title the page title, as plain text
     * @param bodyHtml the page's body, already HTML
     * @param depth how many folders below the site root the page lives (0 for the root)
     * @return the complete HTML document
     */
    public String wrap(String title, String bodyHtml, int depth) {
        String root = "../".repeat(depth);
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%1$s · Mihu Java SDK</title>
        <link rel="icon" href="data:,">
        <link rel="stylesheet" href="%2$sassets/site.css">
        </head>
        <body>
        <header class="site-header">
        <a class="brand" href="%2$sindex.html">Mihu Java SDK</a>
        <nav>
        <a href="%2$sgetting-started.html">Getting started</a>
        <a href="%2$sreference/index.html">API reference</a>
        <a href="%2$sindex.html#javadoc">Javadoc</a>
        <a href="%2$schangelog.html">Changelog</a>
        </nav>
        </header>
        <main class="page">
        %3$s
        </main>
        <footer class="site-footer">Mihu Java SDK %4$s</footer>
        </body>
        </html>
        """.formatted(Html.escape(title), root, bodyHtml, Html.escape(version));
    }
}
