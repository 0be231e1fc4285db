package ai.mihu.docs;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.docs.publish.PublishCommand;
import ai.mihu.docs.support.BuiltSite;
import ai.mihu.docs.support.RecordingPortal;
import ai.mihu.docs.support.RecordingPortal.Received;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Publishes the real bundle and spec the way the publish-docs profile does, to a loopback
 * portal, and checks exactly what arrived.
 */
class PublishBundleIT {

    private static final String TOKEN = "docs-portal-token-0c9e51";

    @Test
    void publishesTheBundleAndBothSpecFilesWithTheBearerToken() throws Exception {
        Path bundle = BuiltSite.bundle();
        Path yaml = BuiltSite.siteDirectory().resolve("spec/openapi.yaml");
        Path json = BuiltSite.siteDirectory().resolve("spec/openapi.json");
        String version = BuiltSite.version();
        List<String> log = new ArrayList<>();

        try (RecordingPortal portal = new RecordingPortal()) {
            PublishCommand.run(
                    new String[] {
                        "--name=mihu-sdk-docs",
                        "--version=" + version,
                        "--file=" + bundle,
                        "--file=" + yaml,
                        "--file=" + json
                    },
                    Map.of("DOCS_PORTAL_URL", portal.url("/portal/api/uploads"), "DOCS_PORTAL_TOKEN", TOKEN),
                    log::add);

            List<Received> received = portal.received();
            assertThat(received).extracting(Received::method).containsOnly("PUT");
            assertThat(received).extracting(Received::authorization).containsOnly("Bearer " + TOKEN);
            String base = "/portal/api/uploads/mihu-sdk-docs/" + version + "/";
            assertThat(received)
                    .extracting(Received::path)
                    .containsExactly(base + bundle.getFileName(), base + "openapi.yaml", base + "openapi.json");
            assertThat(received)
                    .extracting(Received::contentType)
                    .containsExactly("application/zip", "application/yaml", "application/json");
            assertThat(received.get(0).body()).isEqualTo(Files.readAllBytes(bundle));
            assertThat(received.get(1).body()).isEqualTo(Files.readAllBytes(BuiltSite.specSource()));
            assertThat(received.get(2).body()).isEqualTo(Files.readAllBytes(json));
        }
        assertThat(log).isNotEmpty().noneMatch(line -> line.contains(TOKEN));
    }
}
