package ai.mihu.docs.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.mihu.docs.markdown.MarkdownException;
import ai.mihu.docs.snippets.SnippetException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator end to end, on a small project laid out in a temporary folder. */
class SiteGeneratorTest {

    @TempDir
    Path project;

    private Path site;
    private Path content;
    private Path snippets;
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void layOutProject() throws IOException {
        site = project.resolve("docs/target/site");
        content = project.resolve("docs/src/site-content");
        snippets = project.resolve("examples/src/main/java");
        for (String material : SiteGenerator.REQUIRED_MATERIAL) {
            write(site.resolve(material), "material");
        }
        write(
                site.resolve("javadoc/mihu-sdk/index.html"),
                "<html><head><title>Mihu SDK 1.2.3 API</title></head></html>");
        write(
                project.resolve("sdk-extensions/pom.xml"),
                "<project><parent><artifactId>parent</artifactId></parent>"
                        + "<artifactId>mihu-sdk</artifactId></project>");
        write(snippets.resolve("Quickstart.java"), """
        class Quickstart {
          void run() {
            // docs:start client-build
            MihuClient client = MihuClient.builder().build();
            // docs:end client-build
          }
        }
        """);
        write(content.resolve("assets/site.css"), "body {}");
        write(content.resolve("index.md"), "# Home\n\n{{javadoc-index}}\n");
        write(content.resolve("guide/start.md"), """
        # Start

        {{maven-dependency mihu-sdk test}}

        {{snippet client-build}}
        """);
        write(project.resolve("CHANGELOG.md"), "# Changelog\n\n## 1.2.3\n");
    }

    @Test
    void rendersPagesWithSnippetsCoordinatesAndJavadocLinksAndCopiesAssets() throws IOException {
        List<String> pages = generator().generate();

        assertThat(pages).containsExactlyInAnyOrder("index.html", "guide/start.html", "changelog.html");
        assertThat(Files.readString(site.resolve("assets/site.css"))).isEqualTo("body {}");
        assertThat(Files.readString(site.resolve("index.html")))
                .contains("<title>Home · Mihu Java SDK</title>")
                .contains("<a href=\"javadoc/mihu-sdk/index.html\">mihu-sdk</a>: Mihu SDK 1.2.3 API")
                .contains("Mihu Java SDK 1.2.3</footer>");
        assertThat(Files.readString(site.resolve("guide/start.html")))
                .contains("href=\"../assets/site.css\"")
                .contains("&lt;artifactId&gt;mihu-sdk&lt;/artifactId&gt;")
                .contains("&lt;version&gt;1.2.3&lt;/version&gt;")
                .contains("&lt;scope&gt;test&lt;/scope&gt;")
                .contains("From <code>examples/src/main/java/Quickstart.java</code>")
                .contains("MihuClient client = MihuClient.builder().build();");
        assertThat(Files.readString(site.resolve("changelog.html"))).contains("<h2 id=\"123\">1.2.3</h2>");
        assertThat(log).singleElement().asString().contains("snippets used [client-build]");
    }

    @Test
    void javadocIndexShowsEachSetsNameWithoutTheJdkOverviewWording() throws IOException {
        write(
                site.resolve("javadoc/mihu-sdk-testing/index.html"),
                "<html><head><title>Overview (Mihu SDK testing 1.2.3 API)</title></head></html>");

        generator().generate();

        assertThat(Files.readString(site.resolve("index.html")))
                .contains("<a href=\"javadoc/mihu-sdk/index.html\">mihu-sdk</a>: Mihu SDK 1.2.3 API")
                .contains("<a href=\"javadoc/mihu-sdk-testing/index.html\">mihu-sdk-testing</a>: "
                        + "Mihu SDK testing 1.2.3 API</li>");
    }

    @Test
    void missingSnippetRegionFailsTheBuild() throws IOException {
        write(content.resolve("guide/errors.md"), "# Errors\n\n{{snippet error-handling}}\n");

        assertThatThrownBy(() -> generator().generate())
                .isInstanceOf(MarkdownException.class)
                .hasMessageContaining("errors.md")
                .hasMessageContaining("No snippet region 'error-handling'")
                .hasRootCauseInstanceOf(SnippetException.class);
    }

    @Test
    void artifactNoModulePublishesFailsTheBuild() throws IOException {
        write(content.resolve("guide/testing.md"), "# Testing\n\n{{maven-dependency mihu-sdk-testng}}\n");

        assertThatThrownBy(() -> generator().generate())
                .isInstanceOf(MarkdownException.class)
                .hasMessageContaining("no module of the docs build publishes 'mihu-sdk-testng'")
                .hasMessageContaining("[mihu-sdk]");
    }

    @Test
    void siteWithoutTheUnpackedSpecOrJavadocFailsBeforeRendering() throws IOException {
        Files.delete(site.resolve("spec/openapi.json"));
        Files.delete(site.resolve("javadoc/mihu-sdk/index.html"));

        assertThatThrownBy(() -> generator().generate())
                .isInstanceOf(SiteBuildException.class)
                .hasMessageContaining("spec/openapi.json")
                .hasMessageContaining("javadoc/ARTIFACT/index.html");
        assertThat(site.resolve("index.html")).doesNotExist();
    }

    @Test
    void suppliesTheFontStylesheetAJavadocImportsButDoesNotShip() throws IOException {
        Path javadoc = site.resolve("javadoc/mihu-sdk");
        write(
                javadoc.resolve("stylesheet.css"),
                "@import url('resources/fonts/dejavu.css');\nbody { font-family: 'DejaVu Sans'; }\n");

        generator().generate();

        assertThat(Files.readString(javadoc.resolve("resources/fonts/dejavu.css")))
                .contains("font-family: 'DejaVu Sans'; src: local('DejaVu Sans');");
        assertThat(log).anySatisfy(line -> assertThat(line).contains("supplied the font stylesheet"));
    }

    @Test
    void leavesAJavadocFontStylesheetThatExistsAlone() throws IOException {
        Path javadoc = site.resolve("javadoc/mihu-sdk");
        write(javadoc.resolve("stylesheet.css"), "@import url('resources/fonts/dejavu.css');\n");
        write(javadoc.resolve("resources/fonts/dejavu.css"), "/* shipped by the JDK */");

        generator().generate();

        assertThat(Files.readString(javadoc.resolve("resources/fonts/dejavu.css")))
                .isEqualTo("/* shipped by the JDK */");
    }

    @Test
    void optionsNameWhatIsMissingOrUnknown() {
        assertThatThrownBy(() -> GeneratorOptions.parse("--site-dir=x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--content-dir");
        assertThatThrownBy(() -> GeneratorOptions.parse("--snippet-roots=x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown option --snippet-roots");
    }

    private SiteGenerator generator() {
        GeneratorOptions options = GeneratorOptions.parse(
                "--site-dir=" + site,
                "--content-dir=" + content,
                "--page=" + project.resolve("CHANGELOG.md") + "=changelog.html",
                "--group-id=ai.mihu",
                "--version=1.2.3",
                "--module=" + project.resolve("sdk-extensions"),
                "--snippet-root=" + snippets,
                "--source-base=" + project);
        return new SiteGenerator(options, log::add);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
