package ai.mihu.sdk.contracts.broker;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.mihu.sdk.contracts.ProjectFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command the {@code publish-pacts} profile runs, end to end: arguments as the profile passes
 * them, the broker from the environment, the version from the project version and the checkout's
 * commit.
 */
class PublishPactsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer broker =
            new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    @AfterEach
    void stopBroker() {
        broker.stop();
    }

    @Test
    void publishesUnderTheProjectVersionAndTheCheckoutsCommitAndBranch(@TempDir Path checkout, @TempDir Path pacts)
            throws Exception {
        String commit = commitOnBranch(checkout, "release/0.1");
        Files.copy(
                ProjectFiles.testResource("pact-fixtures/create-agent-valid.json"),
                pacts.resolve("mihu-java-sdk-mihu-agents-api.json"));
        broker.start();
        String url = "http://127.0.0.1:" + broker.port();
        broker.stubFor(get(urlEqualTo("/"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/hal+json")
                        .withBody("{\"_links\": {\"pb:publish-contracts\": {\"href\": \"" + url
                                + "/contracts/publish\"}}}")));
        broker.stubFor(post(urlEqualTo("/contracts/publish")).willReturn(okJson("{\"notices\": []}")));

        List<Path> published = PublishPacts.run(
                new String[] {pacts.toString(), "0.1.0-SNAPSHOT", checkout.toString()},
                Map.of("PACT_BROKER_BASE_URL", url, "PACT_BROKER_TOKEN", "ci-token"));

        assertThat(published).hasSize(1);
        JsonNode body = JSON.readTree(broker.findAll(postRequestedFor(urlEqualTo("/contracts/publish"))
                        .withHeader("Authorization", equalTo("Bearer ci-token")))
                .get(0)
                .getBodyAsString());
        String version = body.get("pacticipantVersionNumber").asText();
        assertThat(version).startsWith("0.1.0-SNAPSHOT+");
        assertThat(commit).startsWith(version.substring("0.1.0-SNAPSHOT+".length()));
        assertThat(body.get("branch").asText()).isEqualTo("release/0.1");
    }

    @Test
    void explainsItsArguments() {
        assertThatThrownBy(() -> PublishPacts.run(new String[] {"target/pacts"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(
                        "Usage: PublishPacts <pact directory> <project version> <git checkout directory>");
    }

    private static String commitOnBranch(Path checkout, String branch) throws Exception {
        run(checkout, "git", "init", "--quiet", "--initial-branch=" + branch);
        Files.writeString(checkout.resolve("pom.xml"), "<project/>\n");
        run(checkout, "git", "add", "pom.xml");
        run(
                checkout,
                "git",
                "-c",
                "user.name=Contract Tests",
                "-c",
                "user.email=contract-tests@example.invalid",
                "commit",
                "--quiet",
                "-m",
                "Release candidate");
        return run(checkout, "git", "rev-parse", "HEAD");
    }

    private static String run(Path directory, String... command) throws Exception {
        Process process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }
}
