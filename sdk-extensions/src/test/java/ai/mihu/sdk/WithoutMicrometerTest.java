package ai.mihu.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Micrometer is an optional dependency: an application without it uses the client as before. The
 * proof runs in a fresh JVM whose class path is this test's without the Micrometer jars
 * ({@link WithoutMicrometerProbe}), since this JVM has already loaded them.
 */
class WithoutMicrometerTest {

    @Test
    void aClientWorksWithNoMicrometerOnTheClassPath() throws Exception {
        List<String> classPath =
                Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator));
        List<String> withoutMicrometer = classPath.stream()
                .filter(entry -> !Path.of(entry).getFileName().toString().startsWith("micrometer-"))
                .toList();
        assertThat(withoutMicrometer)
                .as("the test class path holds Micrometer, which the probe leaves out")
                .hasSizeLessThan(classPath.size());

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process probe = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        withoutMicrometer.stream().collect(Collectors.joining(File.pathSeparator)),
                        WithoutMicrometerProbe.class.getName())
                .redirectErrorStream(true)
                .start();
        probe.getOutputStream().close();
        String output = readAll(probe);

        assertThat(probe.exitValue()).as("probe exit code; output:%n%s", output).isZero();
        assertThat(output.lines().toList())
                .as("the probe's output")
                .contains("micrometer absent", "api error 400", "invalid request rejected", "ok")
                .anyMatch(line -> line.startsWith("created "))
                .noneMatch(line -> line.contains("NoClassDefFoundError"));
    }

    /** The probe's whole output; fails the test instead of waiting past a minute. */
    private static String readAll(Process probe) throws IOException, InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try {
                probe.getInputStream().transferTo(bytes);
            } catch (IOException e) {
                // The process ended and closed the stream; what was read so far is kept.
            }
        });
        reader.start();
        if (!probe.waitFor(60, TimeUnit.SECONDS)) {
            probe.destroyForcibly();
            throw new AssertionError("the probe did not finish within 60 s");
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
