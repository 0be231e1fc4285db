package ai.mihu.sdk;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer on the module path, over the built mihu-sdk jar and its runtime dependencies: it
 * compiles against {@code ai.mihu.sdk} and creates an agent in a child JVM, while code that
 * imports the generated {@code ai.mihu.sdk.internal.*} packages does not compile.
 *
 * <p>Run by failsafe after {@code package}; the pom passes the jar and the runtime class path.
 */
class ModulePathConsumerIT {

    private static final Path SOURCES = Path.of(System.getProperty("mihu.moduleConsumer.sources"));

    @TempDir
    Path work;

    private WireMockServer server;

    @BeforeEach
    void startServer() {
        server = new WireMockServer(Fixtures.loopbackServer());
        server.start();
        server.stubFor(post(urlEqualTo(Fixtures.AGENTS_PATH)).willReturn(Fixtures.created()));
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void consumerOnTheModulePathCreatesAnAgent() throws Exception {
        Path classes = work.resolve("app");
        Compilation compilation = javac(SOURCES.resolve("app"), classes);
        assertThat(compilation.exitCode).as(compilation.output).isZero();

        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--module-path",
                        classes + java.io.File.pathSeparator + modulePath(),
                        "-m",
                        "com.example.modular/com.example.modular.CreateAgentOnModulePath",
                        server.baseUrl(),
                        Fixtures.TOKEN)
                .redirectErrorStream(true)
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("the consumer finished in time")
                .isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output)
                .contains(
                        "agent=" + Fixtures.AGENT_UUID, "sdk-module=ai.mihu.sdk", "model-module=ai.mihu.sdk.generated");
        server.verify(
                1,
                postRequestedFor(urlEqualTo(Fixtures.AGENTS_PATH))
                        .withHeader("Authorization", equalTo("Bearer " + Fixtures.TOKEN)));
    }

    @Test
    void generatedInternalsDoNotCompileOnTheModulePath() {
        Compilation compilation = javac(SOURCES.resolve("internal-access"), work.resolve("sneaky"));

        assertThat(compilation.exitCode).isNotZero();
        assertThat(compilation.output)
                .contains("package ai.mihu.sdk.internal.api is not visible")
                .contains("package ai.mihu.sdk.internal.invoker is not visible");
    }

    private static Compilation javac(Path sourceRoot, Path output) {
        List<String> args =
                new ArrayList<>(List.of("-d", output.toString(), "--module-path", modulePath(), "-Xlint:none"));
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            files.filter(f -> f.toString().endsWith(".java"))
                    .map(Path::toString)
                    .forEach(args::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8)) {
            int exitCode = ToolProvider.findFirst("javac").orElseThrow().run(print, print, args.toArray(String[]::new));
            return new Compilation(exitCode, out.toString(StandardCharsets.UTF_8));
        }
    }

    /**
     * The built jar and its runtime dependencies. Kotlin multiplatform metadata jars (okio's
     * common artifact, kotlin-stdlib-common) hold no classes, and on the module path they would
     * clash with the real jars of the same module names, so they are left out, as a modular
     * application must do too.
     */
    private static String modulePath() {
        Stream<String> dependencies =
                Stream.of(System.getProperty("mihu.runtime.classpath").split(java.io.File.pathSeparator));
        return Stream.concat(Stream.of(System.getProperty("mihu.sdk.jar")), dependencies)
                .filter(entry -> !entry.isBlank())
                .filter(ModulePathConsumerIT::holdsClasses)
                .collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static boolean holdsClasses(String entry) {
        Path path = Path.of(entry);
        if (Files.isDirectory(path)) {
            return true;
        }
        try (JarFile jar = new JarFile(path.toFile())) {
            return jar.stream().anyMatch(e -> e.getName().endsWith(".class"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Compilation(int exitCode, String output) {}
}
