package ai.mihu.sdk.contracts.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Derives the consumer version and branch from a throw-away git repository, as the publishing
 * command does from the project's checkout.
 */
class ConsumerVersionTest {

    @TempDir
    Path repository;

    private String fullCommit;

    @BeforeEach
    void commitOnAFeatureBranch() throws Exception {
        git("init", "--quiet", "--initial-branch=feature/contracts");
        Files.writeString(repository.resolve("README.md"), "test repository\n");
        git("add", "README.md");
        git(
                "-c",
                "user.name=Contract Tests",
                "-c",
                "user.email=contract-tests@example.invalid",
                "commit",
                "--quiet",
                "-m",
                "First commit");
        fullCommit = git("rev-parse", "HEAD");
    }

    @Test
    void versionIsTheProjectVersionWithTheShortCommit() {
        ConsumerVersion version = ConsumerVersion.from("0.1.0-SNAPSHOT", new GitCheckout(repository), Map.of());

        assertThat(version.version()).matches("0\\.1\\.0-SNAPSHOT\\+[0-9a-f]{7,}");
        assertThat(fullCommit).startsWith(version.version().substring("0.1.0-SNAPSHOT+".length()));
        assertThat(version.branch()).isEqualTo("feature/contracts");
    }

    @Test
    void gitBranchVariableWinsOverGit() {
        ConsumerVersion version =
                ConsumerVersion.from("0.1.0", new GitCheckout(repository), Map.of("GIT_BRANCH", "main"));

        assertThat(version.branch()).isEqualTo("main");
    }

    @Test
    void detachedHeadNeedsTheBranchFromTheEnvironment() throws Exception {
        git("checkout", "--quiet", "--detach");

        assertThatThrownBy(() -> ConsumerVersion.from("0.1.0", new GitCheckout(repository), Map.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("detached HEAD")
                .hasMessageContaining("GIT_BRANCH");
    }

    @Test
    void outsideACheckoutGitsErrorIsReported(@TempDir Path notARepository) {
        assertThatThrownBy(() -> new GitCheckout(notARepository).shortCommit())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("git rev-parse --short HEAD");
    }

    private String git(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .directory(repository.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
        return output;
    }
}
