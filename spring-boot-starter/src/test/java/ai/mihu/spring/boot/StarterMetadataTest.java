package ai.mihu.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.spring.boot.testing.MockMihuServerAutoConfiguration;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What IDEs and Spring Boot read from the starter's jar. */
class StarterMetadataTest {

    @Test
    void everyPropertyIsDescribedInTheConfigurationMetadata() throws Exception {
        JsonNode metadata;
        // The starter's own file: Spring Boot's jars on the class path carry one of the same name.
        Path classes = Path.of(MihuProperties.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        try (InputStream in = Files.newInputStream(classes.resolve("META-INF/spring-configuration-metadata.json"))) {
            metadata = new ObjectMapper().readTree(in);
        }
        Map<String, String> descriptions = new HashMap<>();
        metadata.get("properties")
                .forEach(p -> descriptions.put(
                        p.get("name").asText(), p.path("description").asText("")));

        var expected = Stream.of(
                        properties("mihu.", MihuProperties.class),
                        properties("mihu.proxy.", MihuProperties.Proxy.class),
                        properties("mihu.metrics.", MihuProperties.Metrics.class),
                        properties("mihu.ssl.", MihuProperties.Ssl.class))
                .flatMap(s -> s)
                .filter(name -> !name.equals("mihu.proxy") && !name.equals("mihu.metrics") && !name.equals("mihu.ssl"))
                .collect(Collectors.toSet());
        assertThat(expected)
                .contains(
                        "mihu.api-token",
                        "mihu.subdomain",
                        "mihu.base-url",
                        "mihu.connect-timeout",
                        "mihu.read-timeout",
                        "mihu.max-retries",
                        "mihu.retry-ambiguous-failures",
                        "mihu.max-idle-connections",
                        "mihu.log-level",
                        "mihu.timeout",
                        "mihu.max-response-bytes",
                        "mihu.max-concurrent-async-requests",
                        "mihu.initial-retry-backoff",
                        "mihu.max-retry-backoff",
                        "mihu.max-retry-after",
                        "mihu.proxy.host",
                        "mihu.proxy.port",
                        "mihu.proxy.username",
                        "mihu.proxy.password",
                        "mihu.metrics.enabled",
                        "mihu.ssl.bundle");
        assertThat(descriptions.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        descriptions.forEach((name, description) ->
                assertThat(description).as("description of %s", name).hasSizeGreaterThan(20));
    }

    @Test
    void onlyTheClientAutoConfigurationIsRegistered() throws IOException {
        String imports;
        try (InputStream in =
                resource("META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
            imports = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(imports.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")))
                .containsExactly(MihuAutoConfiguration.class.getName())
                .doesNotContain(MockMihuServerAutoConfiguration.class.getName());
    }

    /** The property names of a class's instance fields, in Spring Boot's kebab case. */
    private static Stream<String> properties(String prefix, Class<?> type) {
        return Arrays.stream(type.getDeclaredFields())
                .filter(f -> !Modifier.isStatic(f.getModifiers()))
                .map(Field::getName)
                .map(name -> prefix + name.replaceAll("([A-Z])", "-$1").toLowerCase());
    }

    private static InputStream resource(String name) {
        InputStream in = StarterMetadataTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name).isNotNull();
        return in;
    }
}
