import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the JSON rendering of {@code openapi.yaml} that the spec jar ships.
 *
 * <p>Run by the build through Java's source-file launcher (see spec/pom.xml), with Jackson on
 * the class path: {@code java RenderSpecAsJson.java <openapi.yaml> <openapi.json>}.
 *
 * <p>Why not openapi-generator's {@code openapi} generator: it re-serialises the parsed model,
 * which inlines the {@code $ref}s to shared responses, adds default {@code style}/{@code explode}
 * to headers and reorders {@code required} lists. The JSON must say exactly what the YAML says,
 * so this is a plain tree conversion: same keys, same order, same values. Duplicate keys in the
 * YAML fail the build instead of silently keeping the last one.
 */
public final class RenderSpecAsJson {

    private RenderSpecAsJson() {
    }

    /**
     * Converts the YAML file named by the first argument into the JSON file named by the second.
     *
     * @param args the YAML source and the JSON target
     * @throws IOException when the YAML cannot be read or the JSON cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: RenderSpecAsJson <openapi.yaml> <openapi.json>");
        }
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);

        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        yaml.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        JsonNode spec = yaml.readTree(source.toFile());

        // A fixed "\n" keeps the rendering byte-identical whatever the build machine's OS.
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        String json = new ObjectMapper().writer(printer).writeValueAsString(spec) + "\n";

        Files.createDirectories(target.toAbsolutePath().getParent());
        Files.writeString(target, json, StandardCharsets.UTF_8);
    }
}
