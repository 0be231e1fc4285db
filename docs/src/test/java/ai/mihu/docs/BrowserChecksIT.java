package ai.mihu.docs;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.docs.support.HeadlessChromium;
import ai.mihu.docs.support.LoopbackSiteServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser checks can fail: a page that throws and that loads a script from another host is
 * caught by both. The outside request never leaves the machine (it goes to the dead proxy).
 */
class BrowserChecksIT {

    @TempDir
    Path site;

    @Test
    void uncaughtExceptionAndRequestToAnotherHostAreReported() throws Exception {
        Files.writeString(site.resolve("index.html"), """
        <!DOCTYPE html>
        <html><head><title>bad page</title><link rel="icon" href="data:,"></head>
        <body>
        <script src="https://cdn.example.invalid/swagger-ui-bundle.js"></script>
        <script>undefinedFunctionOfTheDocs();</script>
        </body></html>
        """);

        try (LoopbackSiteServer server = new LoopbackSiteServer(site);
                HeadlessChromium chromium = HeadlessChromium.start()) {
            chromium.driver().get(server.url("index.html"));

            List<String> errors = chromium.takeConsoleErrors();
            List<String> requests = chromium.takeRequestedUrls();

            assertThat(errors)
                    .anySatisfy(error -> assertThat(error).contains("undefinedFunctionOfTheDocs is not defined"));
            assertThat(requests).contains("https://cdn.example.invalid/swagger-ui-bundle.js");
            assertThat(requests)
                    .filteredOn(url -> !HeadlessChromium.isLocal(url))
                    .containsExactly("https://cdn.example.invalid/swagger-ui-bundle.js");
        }
    }

    @Test
    void onlyInlineDataBrowserPagesAndLoopbackAddressesCountAsLocal() {
        assertThat(HeadlessChromium.isLocal("http://127.0.0.1:8123/spec/openapi.json"))
                .isTrue();
        assertThat(HeadlessChromium.isLocal("data:image/svg+xml;charset=utf-8,<svg/>"))
                .isTrue();
        assertThat(HeadlessChromium.isLocal("chrome://resources/roboto/roboto-regular.woff2"))
                .isTrue();
        assertThat(HeadlessChromium.isLocal("https://unpkg.com/swagger-ui-dist/swagger-ui.css"))
                .isFalse();
        assertThat(HeadlessChromium.isLocal("https://validator.swagger.io/validator"))
                .isFalse();
        assertThat(HeadlessChromium.isLocal("http://localhost.example.com/x")).isFalse();
        assertThat(HeadlessChromium.isLocal("ftp://127.0.0.1/x")).isFalse();
    }
}
