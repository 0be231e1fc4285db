package ai.mihu.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the spec jar ships: the YAML as written and a JSON rendering that says exactly the same,
 * and nothing else (no generator litter such as {@code .openapi-generator/} or a README).
 */
class ShippedSpecTest {

    @Test
    void jsonRenderingSaysExactlyWhatTheYamlSays() {
        assertThat(SpecResources.jsonTree(SpecResources.JSON)).isEqualTo(SpecResources.specTree());
    }

    @Test
    void jarContentIsOnlyTheYamlAndItsJsonRendering() throws IOException, URISyntaxException {
        // target/classes is exactly what the jar plugin packs (besides META-INF, which it adds).
        URL yaml = SpecResources.url(SpecResources.YAML);
        assertThat(yaml.getProtocol())
                .as("tests run against the build's output directory")
                .isEqualTo("file");
        Path classes = Path.of(yaml.toURI()).getParent().getParent().getParent().getParent();

        List<String> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(Files::isRegularFile)
                    .map(file -> classes.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
        assertThat(files).containsExactly("ai/mihu/spec/openapi.json", "ai/mihu/spec/openapi.yaml");
    }
}
