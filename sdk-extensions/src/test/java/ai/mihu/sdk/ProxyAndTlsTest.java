package ai.mihu.sdk;

import static ai.mihu.sdk.MisbehavingServer.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.mihu.sdk.errors.MihuConnectionException;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.FileInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Connecting through an HTTP proxy with credentials, and trusting a TLS certificate of one's own. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProxyAndTlsTest {

    private static final String PROXY_PASSWORD = "pr0xy-Secret-Passw0rd";

    @Test
    void sendsThroughTheProxyWithItsCredentialsUpFrontWithoutLoggingThem() throws Exception {
        List<String> heads = new CopyOnWriteArrayList<>();
        String expected = "Proxy-Authorization: Basic "
                + Base64.getEncoder().encodeToString(("svc-mihu:" + PROXY_PASSWORD).getBytes(StandardCharsets.UTF_8));
        MisbehavingServer.Responder proxy = (head, out) -> {
            heads.add(head);
            if (!head.contains(expected)) {
                write(
                        out,
                        "HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"corp\"\r\n"
                                + "Connection: close\r\nContent-Length: 0\r\n\r\n");
                return;
            }
            String body = Fixtures.createdAgentBody();
            write(
                    out,
                    "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nConnection: close\r\n"
                            + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body);
        };
        // The API's host is a closed port: only the proxy can answer.
        String apiUrl = "http://127.0.0.1:" + Fixtures.closedPort();
        try (MisbehavingServer server = new MisbehavingServer(proxy);
                LogCapture logs = new LogCapture();
                MihuClient client = MihuClient.builder()
                        .baseUrl(apiUrl)
                        .apiToken(Fixtures.TOKEN)
                        .proxy("127.0.0.1", server.port())
                        .proxyCredentials("svc-mihu", PROXY_PASSWORD)
                        .logLevel(LogLevel.HEADERS)
                        .build()) {
            assertThat(client.agents().create(Fixtures.validRequest()).getName())
                    .isEqualTo("Sales Agent");

            // One request: the credentials go with it, so no 407 makes OkHttp send it again.
            assertThat(heads).hasSize(1);
            assertThat(heads.get(0))
                    .startsWith("POST " + apiUrl + "/api/v1/agents HTTP/1.1")
                    .contains(expected)
                    .contains("Authorization: Bearer " + Fixtures.TOKEN);
            assertThat(client.toString()).doesNotContain(PROXY_PASSWORD).contains("svc-mihu");
            assertThat(logs.text()).doesNotContain(PROXY_PASSWORD).doesNotContain(expected.substring(27));
        }
    }

    @Test
    void followsTheJvmsProxySelectorWhenNoProxyIsSet() throws Exception {
        List<String> heads = new CopyOnWriteArrayList<>();
        MisbehavingServer.Responder proxy = (head, out) -> {
            heads.add(head);
            String body = Fixtures.createdAgentBody();
            write(
                    out,
                    "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nConnection: close\r\n"
                            + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body);
        };
        String apiUrl = "http://127.0.0.1:" + Fixtures.closedPort();
        java.net.ProxySelector original = java.net.ProxySelector.getDefault();
        try (MisbehavingServer server = new MisbehavingServer(proxy)) {
            java.net.ProxySelector.setDefault(
                    java.net.ProxySelector.of(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port())));
            try (MihuClient client = MihuClient.builder()
                    .baseUrl(apiUrl)
                    .apiToken(Fixtures.TOKEN)
                    .build()) {
                client.agents().create(Fixtures.validRequest());
            }
            assertThat(heads).singleElement().asString().startsWith("POST " + apiUrl + "/api/v1/agents HTTP/1.1");
        } finally {
            java.net.ProxySelector.setDefault(original);
        }
    }

    @Test
    void rejectsProxyCredentialsWithoutAProxyAndNeverEchoesThePassword() {
        assertThatThrownBy(() -> MihuClient.builder().proxyCredentials("u", PROXY_PASSWORD))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("proxy(host, port)");
        assertThatThrownBy(() -> MihuClient.builder().proxy("127.0.0.1", 3128).proxyCredentials("u", "a\nb"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("a\nb");
        assertThatThrownBy(() -> MihuClient.builder().proxy("127.0.0.1", 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void trustsASelfSignedServerThroughTheTrustStoreSettingAndRefusesItWithout(@TempDir Path dir) throws Exception {
        Path keyStoreFile = dir.resolve("server.p12");
        generateSelfSignedCertificate(keyStoreFile);
        KeyStore serverKeys = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(keyStoreFile.toFile())) {
            serverKeys.load(in, "changeit".toCharArray());
        }
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(serverKeys, "changeit".toCharArray());
        SSLContext serverTls = SSLContext.getInstance("TLS");
        serverTls.init(keys.getKeyManagers(), null, null);
        server.setHttpsConfigurator(new HttpsConfigurator(serverTls));
        server.createContext("/api/v1/agents", exchange -> {
            byte[] body = Fixtures.createdAgentBody().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(201, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            Certificate certificate = serverKeys.getCertificate("mihu-test");
            trusted.setCertificateEntry("mihu-test", certificate);
            String url = "https://127.0.0.1:" + server.getAddress().getPort();

            try (MihuClient client = MihuClient.builder()
                    .baseUrl(url)
                    .apiToken(Fixtures.TOKEN)
                    .trustStore(trusted)
                    .build()) {
                assertThat(client.agents().create(Fixtures.validRequest()).getName())
                        .isEqualTo("Sales Agent");
            }
            try (MihuClient client = MihuClient.builder()
                    .baseUrl(url)
                    .apiToken(Fixtures.TOKEN)
                    .maxRetries(0)
                    .timeout(Duration.ofSeconds(10))
                    .build()) {
                Throwable refused = catchThrowable(() -> client.agents().create(Fixtures.validRequest()));
                assertThat(refused)
                        .isInstanceOf(MihuConnectionException.class)
                        .hasRootCauseInstanceOf(java.security.cert.CertPathBuilderException.class);
            }
        } finally {
            server.stop(0);
        }
    }

    /** A key pair and self-signed certificate for 127.0.0.1, made by the JDK's own keytool. */
    private static void generateSelfSignedCertificate(Path keyStore) throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(
                        keytool.toString(),
                        "-genkeypair",
                        "-alias",
                        "mihu-test",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=127.0.0.1",
                        "-ext",
                        "SAN=ip:127.0.0.1",
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        keyStore.toString(),
                        "-storepass",
                        "changeit",
                        "-keypass",
                        "changeit")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(Files.size(keyStore)).isPositive();
    }
}
