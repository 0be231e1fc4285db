package ai.mihu.docs.snippets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnippetScannerTest {

    @TempDir
    Path root;

    private final SnippetScanner scanner = new SnippetScanner();

    @Test
    void extractsTheRegionBetweenMarkersWithoutItsSharedIndentation() throws IOException {
        write("com/example/Example.java", """
        class Example {
          void run() {
            // docs:start greet
            String name = "Ada";

            if (name != null) {
              System.out.println("Hello " + name);
            }
            // docs:end greet
          }
        }
        """);

        Snippet snippet = scanner.scan(List.of(root)).require("greet");

        assertThat(snippet.code()).isEqualTo("""
        String name = "Ada";

        if (name != null) {
          System.out.println("Hello " + name);
        }""");
        assertThat(snippet.language()).isEqualTo("java");
        assertThat(snippet.firstLine()).isEqualTo(4);
        assertThat(snippet.source()).isEqualTo(root.resolve("com/example/Example.java"));
    }

    @Test
    void leavesOtherRegionsMarkersOutOfNestedRegions() throws IOException {
        write("Nested.java", """
        // docs:start outer
        int a = 1;
        // docs:start inner
        int b = 2;
        // docs:end inner
        int c = 3;
        // docs:end outer
        """);

        SnippetCatalog catalog = scanner.scan(List.of(root));

        assertThat(catalog.require("outer").code()).isEqualTo("int a = 1;\nint b = 2;\nint c = 3;");
        assertThat(catalog.require("inner").code()).isEqualTo("int b = 2;");
    }

    @Test
    void readsXmlAndHashCommentMarkersWithTheFilesLanguage() throws IOException {
        write("pom.xml", """
        <project>
          <!-- docs:start dependency -->
          <dependency/>
          <!-- docs:end dependency -->
        </project>
        """);
        write("client.properties", """
        # docs:start settings
        timeout=10
        # docs:end settings
        """);

        SnippetCatalog catalog = scanner.scan(List.of(root));

        assertThat(catalog.require("dependency").code()).isEqualTo("<dependency/>");
        assertThat(catalog.require("dependency").language()).isEqualTo("xml");
        assertThat(catalog.require("settings").language()).isEqualTo("properties");
    }

    @Test
    void missingRegionFailsNamingTheRegionAndTheRootsSearched() throws IOException {
        write("A.java", "// docs:start present\nint x;\n// docs:end present\n");

        SnippetCatalog catalog = scanner.scan(List.of(root));

        assertThatThrownBy(() -> catalog.require("client-build"))
                .isInstanceOf(SnippetException.class)
                .hasMessageContaining("'client-build'")
                .hasMessageContaining(root.toString());
    }

    @Test
    void sameRegionInTwoFilesIsRejectedWithBothLocations() throws IOException {
        write("a/One.java", "// docs:start twice\nint x;\n// docs:end twice\n");
        write("b/Two.java", "// docs:start twice\nint y;\n// docs:end twice\n");

        assertThatThrownBy(() -> scanner.scan(List.of(root)))
                .isInstanceOf(SnippetException.class)
                .hasMessageContaining("'twice' is defined twice")
                .hasMessageContaining("One.java:2")
                .hasMessageContaining("Two.java:2");
    }

    @Test
    void startWithoutEndIsRejected() throws IOException {
        write("Open.java", "class Open {\n  // docs:start dangling\n  int x;\n}\n");

        assertThatThrownBy(() -> scanner.scan(List.of(root)))
                .isInstanceOf(SnippetException.class)
                .hasMessageContaining("Open.java:2")
                .hasMessageContaining("'docs:start dangling' has no matching 'docs:end dangling'");
    }

    @Test
    void endWithoutStartIsRejected() throws IOException {
        write("Stray.java", "int x;\n// docs:end stray\n");

        assertThatThrownBy(() -> scanner.scan(List.of(root)))
                .isInstanceOf(SnippetException.class)
                .hasMessageContaining("Stray.java:2")
                .hasMessageContaining("has no matching 'docs:start stray'");
    }

    @Test
    void emptyRegionIsRejected() throws IOException {
        write("Empty.java", "// docs:start nothing\n\n// docs:end nothing\n");

        assertThatThrownBy(() -> scanner.scan(List.of(root)))
                .isInstanceOf(SnippetException.class)
                .hasMessageContaining("'nothing' is empty");
    }

    @Test
    void malformedMarkerIsRejectedRatherThanIgnored() throws IOException {
        write("Typo.java", "// docs:start\nint x;\n// docs:ends typo\n");

        assertThatThrownBy(() -> scanner.scan(List.of(root)))
                .isInstanceOf(SnippetException.class)
                .satisfies(e -> assertThat(((SnippetException) e).problems())
                        .hasSize(2)
                        .allSatisfy(problem -> assertThat(problem).contains("malformed snippet marker")));
    }

    @Test
    void upperCaseOrSpacedIdIsRejected() throws IOException {
        write("Id.java", "// docs:start Client_Build\nint x;\n// docs:end Client_Build\n");

        assertThatThrownBy(() -> scanner.scan(List.of(root)))
                .isInstanceOf(SnippetException.class)
                .hasMessageContaining("'Client_Build' must be lower-case");
    }

    @Test
    void rootThatDoesNotExistIsAnError() {
        Path missing = root.resolve("examples/src/main/java");

        assertThatThrownBy(() -> scanner.scan(List.of(missing)))
                .isInstanceOf(SnippetException.class)
                .hasMessageContaining(missing + " is not a directory");
    }

    @Test
    void filesOfUnknownKindsAreNotScanned() throws IOException {
        write("notes.txt", "// docs:start ignored\ntext\n");

        assertThat(scanner.scan(List.of(root)).ids()).isEmpty();
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
