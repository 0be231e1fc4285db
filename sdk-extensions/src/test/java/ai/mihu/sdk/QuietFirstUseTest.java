package ai.mihu.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The first request of an application logs no warning. Hibernate Validator warns (HV000271) while
 * it first reads the metadata of a model class, once per JVM, so the first create runs in a fresh
 * JVM ({@link FirstCreateProbe}) whose whole output is read here.
 */
class QuietFirstUseTest {

    @Test
    void firstCreateOfAJvmLogsNoWarning() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process probe = new ProcessBuilder(
                        java.toString(), "-cp", System.getProperty("java.class.path"), FirstCreateProbe.class.getName())
                .redirectErrorStream(true)
                .start();
        probe.getOutputStream().close();
        String output = readAll(probe.getInputStream(), probe);

        assertThat(probe.exitValue()).as("probe exit code; output:%n%s", output).isZero();
        List<String> lines = output.lines().toList();
        assertThat(lines).as("the probe's output").anyMatch(line -> line.startsWith("created "));
        assertThat(lines)
                .as("lines logged at WARN or ERROR by the first create")
                .noneMatch(line -> line.contains(" WARN ") || line.contains(" ERROR ") || line.contains("HV000271"));
    }

    /** The probe's output; fails the test instead of waiting past a minute. */
    private static String readAll(InputStream output, Process probe) throws IOException, InterruptedException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> {
            try {
                output.transferTo(bytes);
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
