package ai.mihu.sdk.contracts.broker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Reads the commit and branch of a git checkout by running the {@code git} command, the same way a
 * person would check them.
 */
public final class GitCheckout {

    private static final long TIMEOUT_SECONDS = 30;

    private final Path directory;

    /**
     * Points at a checkout.
     *
     * @param directory any directory inside the checkout
     */
    public GitCheckout(Path directory) {
        this.directory = directory;
    }

    /**
     * Returns the abbreviated hash of the checked-out commit.
     *
     * @return the output of {@code git rev-parse --short HEAD}
     * @throws IllegalStateException when git fails, for example outside a checkout
     */
    public String shortCommit() {
        return git("rev-parse", "--short", "HEAD");
    }

    /**
     * Returns the checked-out branch.
     *
     * @return the branch, or empty on a detached HEAD
     * @throws IllegalStateException when git fails
     */
    public Optional<String> currentBranch() {
        String branch = git("rev-parse", "--abbrev-ref", "HEAD");
        return "HEAD".equals(branch) ? Optional.empty() : Optional.of(branch);
    }

    private String git(String... arguments) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .start();
            String output;
            try (InputStream stdout = process.getInputStream()) {
                output = new String(stdout.readAllBytes(), StandardCharsets.UTF_8).trim();
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("'" + String.join(" ", command) + "' did not finish in "
                        + TIMEOUT_SECONDS + " s in " + directory);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(
                        "'" + String.join(" ", command) + "' failed in " + directory + ": " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run git (is it installed?): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running git", e);
        }
    }
}
