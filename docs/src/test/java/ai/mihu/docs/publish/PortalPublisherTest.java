package ai.mihu.docs.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.mihu.docs.support.RecordingPortal;
import ai.mihu.docs.support.RecordingPortal.Received;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortalPublisherTest {

    private static final String TOKEN = "portal-secret-7f3c";

    @TempDir
    Path folder;

    private RecordingPortal portal;
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void startPortal() throws IOException {
        portal = new RecordingPortal();
    }

    @AfterEach
    void stopPortal() {
        portal.close();
    }

    @Test
    void putsEachFileUnderNameAndVersionWithTheBearerToken() throws IOException {
        Path zip = file("mihu-sdk-docs-1.2.3-site.zip", new byte[] {'P', 'K', 3, 4, 0, 1, 2});
        Path yaml = file("openapi.yaml", "openapi: 3.0.3\n".getBytes());

        PublishCommand.run(
                new String[] {"--name=mihu-sdk-docs", "--version=1.2.3", "--file=" + zip, "--file=" + yaml},
                Map.of("DOCS_PORTAL_URL", portal.url("/uploads"), "DOCS_PORTAL_TOKEN", TOKEN),
                log::add);

        List<Received> requests = portal.received();
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).method()).isEqualTo("PUT");
        assertThat(requests.get(0).path()).isEqualTo("/uploads/mihu-sdk-docs/1.2.3/mihu-sdk-docs-1.2.3-site.zip");
        assertThat(requests.get(0).authorization()).isEqualTo("Bearer " + TOKEN);
        assertThat(requests.get(0).contentType()).isEqualTo("application/zip");
        assertThat(requests.get(0).body()).isEqualTo(Files.readAllBytes(zip));
        assertThat(requests.get(1).path()).isEqualTo("/uploads/mihu-sdk-docs/1.2.3/openapi.yaml");
        assertThat(requests.get(1).contentType()).isEqualTo("application/yaml");
        assertThat(requests.get(1).body()).isEqualTo(Files.readAllBytes(yaml));
        assertThat(log).hasSize(3).noneMatch(line -> line.contains(TOKEN));
    }

    @Test
    void refusedUploadFailsWithStatusAndARedactedBody() throws IOException {
        Path zip = file("site.zip", new byte[] {1, 2, 3});
        portal.answerWith(403, "<html>Forbidden for Authorization: Bearer " + TOKEN + "</html>");
        PortalPublisher publisher = new PortalPublisher(PublishSettings.of(portal.url("/"), TOKEN), log::add);

        assertThatThrownBy(() -> publisher.publish("mihu-sdk-docs", "1.2.3", List.of(zip)))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("answered 403 to PUT " + portal.url("/mihu-sdk-docs/1.2.3/site.zip"))
                .hasMessageContaining("Bearer <redacted>")
                .hasMessageNotContaining(TOKEN);
        assertThat(log).isEmpty();
    }

    @Test
    void stopsAtTheFirstRefusedFile() throws IOException {
        Path first = file("a.json", "{}".getBytes());
        Path second = file("b.json", "{}".getBytes());
        portal.answerWith(500, "");
        PortalPublisher publisher = new PortalPublisher(PublishSettings.of(portal.url("/"), TOKEN), log::add);

        assertThatThrownBy(() -> publisher.publish("docs", "1", List.of(first, second)))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("(empty body)");
        assertThat(portal.received()).hasSize(1);
    }

    @Test
    void missingFileFailsBeforeAnythingIsSent() {
        PortalPublisher publisher = new PortalPublisher(PublishSettings.of(portal.url("/"), TOKEN), log::add);

        assertThatThrownBy(() -> publisher.publish("docs", "1", List.of(folder.resolve("none.zip"))))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("none.zip: no such file");
        assertThat(portal.received()).isEmpty();
    }

    @Test
    void unreachablePortalFailsWithoutTheToken() throws IOException {
        Path zip = file("site.zip", new byte[] {1});
        String url = portal.url("/");
        portal.close();
        PortalPublisher publisher = new PortalPublisher(PublishSettings.of(url, TOKEN), log::add);

        assertThatThrownBy(() -> publisher.publish("docs", "1", List.of(zip)))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("Could not upload site.zip")
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void versionThatIsNotAPathSegmentIsRefused() throws IOException {
        Path zip = file("site.zip", new byte[] {1});
        PortalPublisher publisher = new PortalPublisher(PublishSettings.of(portal.url("/"), TOKEN), log::add);

        assertThatThrownBy(() -> publisher.publish("docs", "../1", List.of(zip)))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("version '../1'");
        assertThat(portal.received()).isEmpty();
    }

    @Test
    void commandWithoutFilesPrintsUsage() {
        assertThatThrownBy(() -> PublishCommand.run(new String[] {"--name=docs", "--version=1"}, Map.of(), log::add))
                .isInstanceOf(PublishException.class)
                .hasMessageStartingWith("Usage:");
    }

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }
}
