package ai.mihu.docs;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.docs.support.BuiltSite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The versioned zip is the site, whole, with the spec exactly as maintained. */
class SiteBundleIT {

    @Test
    void bundleIsNamedForTheVersionAndHoldsEveryFileOfTheSite() throws IOException {
        Path bundle = BuiltSite.bundle();
        Path site = BuiltSite.siteDirectory();

        assertThat(bundle.getFileName()).hasToString("mihu-sdk-docs-" + BuiltSite.version() + "-site.zip");
        List<String> siteFiles;
        try (Stream<Path> files = Files.walk(site)) {
            siteFiles = files.filter(Files::isRegularFile)
                    .map(file -> site.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
        assertThat(entries(bundle))
                .containsExactlyInAnyOrderElementsOf(siteFiles)
                .contains(
                        "index.html",
                        "getting-started.html",
                        "changelog.html",
                        "reference/index.html",
                        "reference/reference.js",
                        "reference/swagger-ui/swagger-ui-bundle.js",
                        "spec/openapi.yaml",
                        "spec/openapi.json",
                        "javadoc/mihu-sdk/index.html",
                        "javadoc/mihu-sdk-generated/index.html",
                        "javadoc/mihu-sdk-testing/index.html");
    }

    @Test
    void bundledSpecIsTheMaintainedSpecInBothFormats() throws IOException {
        try (ZipFile zip = new ZipFile(BuiltSite.bundle().toFile())) {
            assertThat(read(zip, "spec/openapi.yaml")).isEqualTo(Files.readAllBytes(BuiltSite.specSource()));
            JsonNode json = new ObjectMapper().readTree(read(zip, "spec/openapi.json"));
            assertThat(json.at("/paths/~1api~1v1~1agents/post/operationId").asText())
                    .isEqualTo("createAgent");
        }
    }

    @Test
    void bundleLoadsNothingFromACdn() throws IOException {
        try (ZipFile zip = new ZipFile(BuiltSite.bundle().toFile())) {
            String reference = new String(read(zip, "reference/index.html"), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(reference)
                    .contains("src=\"swagger-ui/swagger-ui-bundle.js\"")
                    .doesNotContain("unpkg", "jsdelivr", "cdnjs", "://");
        }
    }

    private static List<String> entries(Path bundle) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            zip.stream()
                    .filter(entry -> !entry.isDirectory())
                    .map(ZipEntry::getName)
                    .forEach(names::add);
        }
        return names;
    }

    private static byte[] read(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        assertThat(entry).as(name + " in the bundle").isNotNull();
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }
}
