package ai.mihu.docs.readme;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.docs.snippets.SnippetCatalog;
import ai.mihu.docs.snippets.SnippetScanner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's Java blocks are cut from compiled and tested sources (the examples, and the
 * starter's Boot application), imports included, and fail the build when either drifts from the
 * other.
 */
class ReadmeCodeTest {

    private static Path repository;
    private static List<String> readme;
    private static SnippetCatalog snippets;

    @BeforeAll
    static void readReadmeAndSnippets() throws IOException {
        // Surefire runs in the module's directory and names it in "basedir".
        repository = Path.of(System.getProperty("basedir", "")).toAbsolutePath().getParent();
        readme = Files.readAllLines(repository.resolve("README.md"), StandardCharsets.UTF_8);
        snippets = new SnippetScanner()
                .scan(List.of(
                        repository.resolve("examples/src/main/java"),
                        repository.resolve("examples/src/test/java"),
                        // The Spring Boot application the starter's invoker builds and tests on Boot 3.5 and 4.0.
                        repository.resolve("spring-boot-starter/src/it/boot-3.5-app/src")));
    }

    @Test
    void everyJavaBlockOfTheReadmeIsASourceRegionWordForWord() {
        assertThat(ReadmeCodeBlocks.blocks(readme))
                .filteredOn(block -> block.language().equals("java"))
                .as("Java blocks in the README")
                .isNotEmpty();

        assertThat(ReadmeCodeBlocks.problems("README.md", readme, snippets)).isEmpty();
    }

    @Test
    void everyReadmeRegionOfTheExamplesIsShown() {
        List<String> shown = ReadmeCodeBlocks.blocks(readme).stream()
                .map(ReadmeCodeBlocks.Block::marker)
                .toList();

        assertThat(snippets.ids())
                .filteredOn(id -> id.startsWith("readme-"))
                .allSatisfy(id -> assertThat(shown)
                        .as("README blocks marked with region " + id)
                        .contains(id));
    }

    @Test
    void javaBlocksShowTheirImports() {
        for (ReadmeCodeBlocks.Block block : ReadmeCodeBlocks.blocks(readme)) {
            if (block.language().equals("java")) {
                assertThat(block.code())
                        .as("the block at README.md:" + block.fenceLine())
                        .startsWith("import ");
            }
        }
    }

    @Test
    void aBlockThatDriftsFromItsRegionIsReported() {
        List<String> drifted = new ArrayList<>(readme);
        int line = drifted.indexOf("        assertEquals(\"Sales Agent\", agent.getName());");
        assertThat(line).as("a line of the README's testing block").isPositive();
        drifted.set(line, "        assertEquals(\"Sales agent\", agent.getName());");

        assertThat(ReadmeCodeBlocks.problems("README.md", drifted, snippets))
                .singleElement()
                .asString()
                .contains(
                        "README.md:",
                        "region 'readme-testing'",
                        "SalesAgentProvisioningTest.java",
                        "where the source has '        assertEquals(\"Sales Agent\", agent.getName());'");
    }

    @Test
    void aJavaBlockWithoutAMarkerOrWithAnUnknownRegionIsReported() {
        List<String> page = List.of(
                "```java",
                "MihuClient client = MihuClient.fromEnv();",
                "```",
                "<!-- snippet no-such-region -->",
                "```java",
                "int x;",
                "```",
                "```bash",
                "./mvnw -B verify",
                "```");

        assertThat(ReadmeCodeBlocks.problems("page.md", page, snippets))
                .satisfiesExactly(
                        problem ->
                                assertThat(problem).startsWith("page.md:1: a Java block without '<!-- snippet ID -->'"),
                        problem -> assertThat(problem).startsWith("page.md:5: No snippet region 'no-such-region'"));
    }
}
