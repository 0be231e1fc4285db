package ai.mihu.sdk.contracts.broker;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.mihu.sdk.contracts.ProjectFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Publishes a real pact file to a loopback stub of the Pact Broker and checks what the broker
 * receives: where, with which credentials, under which version and branch, and the pact itself.
 */
class PactPublisherTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "broker-token-for-tests";
    private static final ConsumerVersion VERSION = new ConsumerVersion("0.1.0-SNAPSHOT+3f2c1ab", "main");

    private final WireMockServer broker =
            new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

    @TempDir
    Path pactDirectory;

    private Path pactFile;

    @BeforeEach
    void startBrokerAndWritePact() throws IOException {
        broker.start();
        pactFile = pactDirectory.resolve("mihu-java-sdk-mihu-agents-api.json");
        Files.copy(ProjectFiles.testResource("pact-fixtures/create-agent-valid.json"), pactFile);
    }

    @AfterEach
    void stopBroker() {
        broker.stop();
    }

    @Test
    void publishesThroughThePublishContractsEndpointWithVersionBranchAndToken() throws IOException {
        brokerIndex("\"pb:publish-contracts\": {\"href\": \"" + brokerUrl() + "/contracts/publish\"}");
        broker.stubFor(post(urlEqualTo("/contracts/publish"))
                .willReturn(okJson(
                        "{\"notices\": [{\"level\": \"info\", \"text\": \"Pact published\"}], \"_embedded\": {}}")));

        List<Path> published = publisher(Optional.of(TOKEN)).publishAll(pactDirectory, VERSION);

        assertThat(published).containsExactly(pactFile);
        broker.verify(getRequestedFor(urlEqualTo("/")).withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        List<LoggedRequest> publications = broker.findAll(postRequestedFor(urlEqualTo("/contracts/publish"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
        assertThat(publications).hasSize(1);
        JsonNode body = JSON.readTree(publications.get(0).getBodyAsString());
        assertThat(body.get("pacticipantName").asText()).isEqualTo("mihu-java-sdk");
        assertThat(body.get("pacticipantVersionNumber").asText()).isEqualTo("0.1.0-SNAPSHOT+3f2c1ab");
        assertThat(body.get("branch").asText()).isEqualTo("main");
        JsonNode contract = body.at("/contracts/0");
        assertThat(contract.get("consumerName").asText()).isEqualTo("mihu-java-sdk");
        assertThat(contract.get("providerName").asText()).isEqualTo("mihu-agents-api");
        String content =
                new String(Base64.getDecoder().decode(contract.get("content").asText()), StandardCharsets.UTF_8);
        assertThat(JSON.readTree(content)).isEqualTo(JSON.readTree(pactFile.toFile()));
    }

    @Test
    void putsThePactOnBrokersWithoutThePublishContractsEndpoint() throws IOException {
        brokerIndex("\"pb:publish-pact\": {\"href\": \"" + brokerUrl()
                + "/pacts/provider/{provider}/consumer/{consumer}/version/{consumerApplicationVersion}\","
                + " \"templated\": true}");
        broker.stubFor(put(urlPathMatching("/pacts/provider/mihu-agents-api/consumer/mihu-java-sdk/version/.+"))
                .willReturn(okJson("{}")));

        publisher(Optional.of(TOKEN)).publishAll(pactDirectory, VERSION);

        List<LoggedRequest> puts = broker.findAll(
                putRequestedFor(urlPathMatching("/pacts/provider/mihu-agents-api/consumer/mihu-java-sdk/version/.+"))
                        .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                        .withRequestBody(equalToJson(Files.readString(pactFile))));
        assertThat(puts).hasSize(1);
        assertThat(URI.create(puts.get(0).getUrl()).getPath())
                .isEqualTo("/pacts/provider/mihu-agents-api/consumer/mihu-java-sdk/version/0.1.0-SNAPSHOT+3f2c1ab");
    }

    @Test
    void sendsNoAuthorizationWhenNoTokenIsSet() {
        brokerIndex("\"pb:publish-contracts\": {\"href\": \"" + brokerUrl() + "/contracts/publish\"}");
        broker.stubFor(post(urlEqualTo("/contracts/publish")).willReturn(okJson("{\"notices\": []}")));

        publisher(Optional.empty()).publishAll(pactDirectory, VERSION);

        assertThat(broker.findAll(postRequestedFor(urlEqualTo("/contracts/publish"))))
                .singleElement()
                .satisfies(request ->
                        assertThat(request.containsHeader("Authorization")).isFalse());
    }

    @Test
    void reportsARefusalWithoutRevealingTheToken() {
        brokerIndex("\"pb:publish-contracts\": {\"href\": \"" + brokerUrl() + "/contracts/publish\"}");
        broker.stubFor(post(urlEqualTo("/contracts/publish"))
                .willReturn(aResponse()
                        .withStatus(401)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": \"Invalid token\"}")));

        assertThatThrownBy(() -> publisher(Optional.of(TOKEN)).publishAll(pactDirectory, VERSION))
                .isInstanceOf(PactPublicationException.class)
                .hasMessageContaining("refused 1 of 1 pact(s) for version 0.1.0-SNAPSHOT+3f2c1ab")
                .hasMessageContaining("mihu-java-sdk-mihu-agents-api.json")
                .hasMessageContaining("401")
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void refusesToPublishAnEmptyDirectory(@TempDir Path empty) {
        assertThatThrownBy(() -> publisher(Optional.of(TOKEN)).publishAll(empty, VERSION))
                .isInstanceOf(PactPublicationException.class)
                .hasMessageContaining("No pact file in")
                .hasMessageContaining("run the consumer pact tests first");
        assertThat(broker.getAllServeEvents()).isEmpty();
    }

    /** The stub's address as an IP literal: "localhost" may resolve to ::1, where the stub does not listen. */
    private String brokerUrl() {
        return "http://127.0.0.1:" + broker.port();
    }

    private void brokerIndex(String links) {
        broker.stubFor(get(urlEqualTo("/"))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/hal+json")
                        .withBody("{\"_links\": {" + links + "}}")));
    }

    private PactPublisher publisher(Optional<String> token) {
        return new PactPublisher(new BrokerSettings(URI.create(brokerUrl()), token));
    }
}
