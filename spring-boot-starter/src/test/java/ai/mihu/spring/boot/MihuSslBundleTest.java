package ai.mihu.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.sdk.MihuClient;
import ai.mihu.sdk.builders.CreateAgentRequests;
import ai.mihu.sdk.errors.MihuConnectionException;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * {@code mihu.ssl.bundle}: the client trusts a server whose certificate only the named Spring Boot
 * SSL bundle trusts, against an HTTPS server on a loopback port with a self-signed certificate.
 */
class MihuSslBundleTest {

    private static final String TOKEN = "sk-live-do-not-print-1234";
    private static final String PASSWORD = "changeit";
    private static final String CREATED = "{\"success\":true,\"message\":\"Agent created successfully\","
            + "\"data\":{\"agent_uuid\":\"3c90c3cc-0d44-4b50-8888-8dd25736052a\",\"name\":\"Sales Agent\"}}";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(MihuAutoConfiguration.class, SslAutoConfiguration.class));

    @TempDir
    Path dir;

    private HttpsServer server;
    private Path trustStore;

    @BeforeEach
    void startHttpsServerWithASelfSignedCertificate() throws Exception {
        Path serverKeyStore = dir.resolve("server.p12");
        generateSelfSignedCertificate(serverKeyStore);
        KeyStore serverKeys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(serverKeyStore)) {
            serverKeys.load(in, PASSWORD.toCharArray());
        }
        // The client's trust store holds the server's certificate only, not its key.
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("mihu-test", serverKeys.getCertificate("mihu-test"));
        trustStore = dir.resolve("trust.p12");
        try (OutputStream out = Files.newOutputStream(trustStore)) {
            trusted.store(out, PASSWORD.toCharArray());
        }

        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(serverKeys, PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keys.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/api/v1/agents", exchange -> {
            byte[] body = CREATED.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(201, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void trustsTheServerThroughTheNamedSslBundle() {
        runner.withPropertyValues(
                        "spring.ssl.bundle.jks.corporate.truststore.location=file:" + trustStore,
                        "spring.ssl.bundle.jks.corporate.truststore.password=" + PASSWORD,
                        "spring.ssl.bundle.jks.corporate.truststore.type=PKCS12",
                        "mihu.ssl.bundle=corporate",
                        "mihu.api-token=" + TOKEN,
                        "mihu.base-url=" + baseUrl())
                .run(context -> assertThat(context.getBean(MihuClient.class)
                                .agents()
                                .create(CreateAgentRequests.builder("Sales Agent")
                                        .build())
                                .getName())
                        .isEqualTo("Sales Agent"));
    }

    @Test
    void withoutTheBundleTheSameServerIsNotTrusted() {
        runner.withPropertyValues("mihu.api-token=" + TOKEN, "mihu.base-url=" + baseUrl(), "mihu.max-retries=0")
                .run(context -> {
                    MihuClient client = context.getBean(MihuClient.class);
                    Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> client.agents()
                            .create(CreateAgentRequests.builder("Sales Agent").build()));
                    assertThat(refused)
                            .isInstanceOf(MihuConnectionException.class)
                            .hasRootCauseInstanceOf(java.security.cert.CertPathBuilderException.class);
                });
    }

    @Test
    void anUnknownBundleFailsStartupNamingTheProperty() {
        runner.withPropertyValues("mihu.ssl.bundle=missing", "mihu.api-token=" + TOKEN, "mihu.base-url=" + baseUrl())
                .run(context -> {
                    assertThat(context).hasFailed();
                    Throwable failure = context.getStartupFailure();
                    while (failure != null && !(failure instanceof InvalidMihuPropertyException)) {
                        failure = failure.getCause();
                    }
                    assertThat(failure)
                            .as("an InvalidMihuPropertyException in %s", context.getStartupFailure())
                            .isInstanceOf(InvalidMihuPropertyException.class)
                            .hasMessageContaining("mihu.ssl.bundle")
                            .hasMessageContaining("'missing'")
                            .hasMessageContaining("spring.ssl.bundle.jks.missing");
                });
    }

    private String baseUrl() {
        return "https://127.0.0.1:" + server.getAddress().getPort();
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
                        PASSWORD,
                        "-keypass",
                        PASSWORD)
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }
}
