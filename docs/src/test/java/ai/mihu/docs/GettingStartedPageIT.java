package ai.mihu.docs;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.docs.support.BuiltSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built getting-started page: the sections the guide promises, in order, and every code block
 * either cut from a compiled and tested source file of the repository or a dependency block with
 * this build's coordinates.
 */
class GettingStartedPageIT {

    private static final String EXAMPLES_MAIN = "examples/src/main/java/ai/mihu/examples/";
    private static final String EXAMPLES_TEST = "examples/src/test/java/ai/mihu/examples/";

    private static Document page;

    @BeforeAll
    static void readPage() throws IOException {
        page = Jsoup.parse(
                BuiltSite.siteDirectory().resolve("getting-started.html").toFile(), "UTF-8");
    }

    @Test
    void guideHasTheSectionsItPromisesInOrder() {
        assertThat(page.select("main h2").eachText())
                .containsExactly(
                        "Add the SDK to your build",
                        "Build a client",
                        "Create an agent with the builders",
                        "Read the agent you created",
                        "Manage an agent",
                        "Handle errors",
                        "Retries",
                        "Many tenants, per-call options, deadlines and async calls",
                        "Test without the real API",
                        "Look things up");
    }

    @Test
    void eachSnippetComesFromTheSourceFileItsCaptionNames() throws IOException {
        assertThat(page.select("p.snippet-source code").eachText())
                .containsExactly(
                        EXAMPLES_MAIN + "CreateAgentExample.java",
                        EXAMPLES_MAIN + "CreateAgentExample.java",
                        EXAMPLES_MAIN + "CreateAgentExample.java",
                        EXAMPLES_MAIN + "CreateAgentExample.java",
                        "docs/src/test/java/ai/mihu/docs/guide/ReadingAgentsGuideTest.java",
                        EXAMPLES_MAIN + "ManageAgentExample.java",
                        EXAMPLES_MAIN + "ManageAgentExample.java",
                        EXAMPLES_MAIN + "ManageAgentExample.java",
                        EXAMPLES_MAIN + "ManageAgentExample.java",
                        EXAMPLES_MAIN + "ManageAgentExample.java",
                        EXAMPLES_MAIN + "ManageAgentExample.java",
                        EXAMPLES_MAIN + "CreateAgentExample.java",
                        EXAMPLES_MAIN + "RetryPolicyExample.java",
                        EXAMPLES_MAIN + "ClientViewsExample.java",
                        EXAMPLES_MAIN + "ClientViewsExample.java",
                        EXAMPLES_MAIN + "ClientViewsExample.java",
                        EXAMPLES_TEST + "TestingWithMockMihuServerTest.java");

        for (Element caption : page.select("p.snippet-source")) {
            Path source =
                    BuiltSite.sourceBase().resolve(caption.selectFirst("code").text());
            Element code = caption.nextElementSibling().selectFirst("code");
            Set<String> sourceLines = Files.readAllLines(source, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .collect(Collectors.toSet());
            List<String> shownLines = code.wholeText()
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
            assertThat(shownLines).as("code under the caption " + source).isNotEmpty();
            assertThat(sourceLines).as("lines of " + source).containsAll(shownLines);
        }
    }

    @Test
    void snippetsShowTheClientBuildersErrorsRetryPolicyLifecycleAndMockServer() {
        // Where a call chain or an argument list breaks is the formatter's choice; the calls shown
        // are what is checked, so line breaks before a '.' and after a '(' are joined first.
        String code = String.join("\n", page.select("pre > code").eachText())
                .replaceAll("\\s*\\n\\s*\\.", ".")
                .replaceAll("\\(\\s*\\n\\s*", "(");

        assertThat(code)
                .contains(
                        "MihuClient.builder()",
                        "MihuClient.fromEnv()",
                        "CreateAgentRequests.builder(\"Sales Agent\")",
                        "client.agents().create(request)",
                        "catch (InvalidRequestException e)",
                        "catch (RateLimitException e)",
                        "catch (MihuApiException e)",
                        "catch (MihuConnectionException e)",
                        ".maxRetries(3)",
                        ".retryAmbiguousFailures(false)",
                        "MockMihuServerExtension.create()",
                        "mihu.server().enqueueFault(Fault.status(500))",
                        "shared.forBaseUrl(tenantBaseUrl, tenantToken)",
                        ".withOptions(o -> o.timeout(Duration.ofSeconds(20))",
                        "client.async().agents()",
                        "client.agents().notes()",
                        "client.agents().guidelines().replaceAll(agentUuid",
                        ".clearCustomPrompt()",
                        "client.agents().list()",
                        "client.agents().procedures().delete(agentUuid, procedureUuid)",
                        "catch (NotFoundException e)");
        assertThat(code).doesNotContain("docs:start", "docs:end");
    }

    @Test
    void codeBlocksWithoutASourceAreDependencyBlocksWithThisBuildsCoordinates() {
        List<String> uncaptioned = page.select("pre > code").stream()
                .filter(code -> {
                    Element before = code.parent().previousElementSibling();
                    return before == null || !before.hasClass("snippet-source");
                })
                .map(Element::wholeText)
                .toList();

        String version = BuiltSite.version();
        assertThat(uncaptioned).containsExactly("""
            <dependency>
              <groupId>ai.mihu</groupId>
              <artifactId>mihu-sdk</artifactId>
              <version>%s</version>
            </dependency>
            """.formatted(version), """
            <dependency>
              <groupId>ai.mihu</groupId>
              <artifactId>mihu-sdk-testing</artifactId>
              <version>%s</version>
              <scope>test</scope>
            </dependency>
            """.formatted(version));
    }
}
