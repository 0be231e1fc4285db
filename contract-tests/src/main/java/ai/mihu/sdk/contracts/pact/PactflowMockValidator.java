package ai.mihu.sdk.contracts.pact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Runs PactFlow's validator, {@code @pactflow/swagger-mock-validator} (the check of PactFlow's
 * bi-directional contract testing), on pact files with its default rules, through the machine's
 * {@code node}: {@code swagger-mock-validator <spec> <pact>}.
 *
 * <p>Its rules are stricter than the Atlassian validator's in one way that matters here: in a
 * response it treats every object schema as closed, even a free-form one, so a pact may expect
 * only keys the spec declares. A provider team that verifies our pacts in PactFlow against their
 * OpenAPI document gets exactly this verdict, so the build must get it first.
 */
public final class PactflowMockValidator {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final Path cli;
    private final Path spec;

    private PactflowMockValidator(Path cli, Path spec) {
        this.cli = cli;
        this.spec = spec;
    }

    /**
     * A validator of pacts against one spec.
     *
     * @param cli the validator's command-line script, {@code node_modules/@pactflow/swagger-mock-validator/bin/swagger-mock-validator.mjs}
     * @param spec the OpenAPI document
     * @return the validator
     * @throws IllegalStateException when the script is not installed, naming the command that installs it
     */
    public static PactflowMockValidator of(Path cli, Path spec) {
        Objects.requireNonNull(cli, "cli");
        Objects.requireNonNull(spec, "spec");
        if (!Files.isRegularFile(cli)) {
            throw new IllegalStateException("PactFlow's validator is not installed at " + cli
                    + ": run `npm ci` in contract-tests (the Maven build does)");
        }
        if (!Files.isRegularFile(spec)) {
            throw new IllegalStateException("No spec at " + spec);
        }
        return new PactflowMockValidator(cli, spec);
    }

    /**
     * Validates one pact file.
     *
     * @param pactFile the pact
     * @return the validator's verdict and report
     * @throws IllegalStateException when the validator cannot be run or does not finish in time
     */
    public Verdict validate(Path pactFile) {
        if (!Files.isRegularFile(pactFile)) {
            throw new IllegalStateException("No pact file at " + pactFile);
        }
        Path output = null;
        try {
            output = Files.createTempFile("swagger-mock-validator", ".log");
            Process process = new ProcessBuilder("node", cli.toString(), spec.toString(), pactFile.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(
                        "PactFlow's validator did not finish within " + TIMEOUT + " on " + pactFile);
            }
            return new Verdict(pactFile, process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Cannot run PactFlow's validator (`node " + cli + "`) on " + pactFile + "; is Node.js installed?",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while validating " + pactFile, e);
        } finally {
            deleteQuietly(output);
        }
    }

    /**
     * Validates every pact file of a directory.
     *
     * @param directory the pact directory
     * @return one verdict per pact file, sorted by file name; empty when there is none
     */
    public List<Verdict> validateAll(Path directory) {
        List<Verdict> verdicts = new ArrayList<>();
        for (Path pactFile : PactFiles.in(directory)) {
            verdicts.add(validate(pactFile));
        }
        return verdicts;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + file, e);
        }
    }

    /**
     * What the validator said about one pact file.
     *
     * @param pactFile the pact
     * @param exitCode the validator's exit code: 0 when the pact is compatible with the spec
     * @param output what it printed: the error and warning counts and each error's code, message,
     *     interaction and location
     */
    public record Verdict(Path pactFile, int exitCode, String output) {

        /**
         * Tells whether the pact is compatible with the spec: no error (warnings do not fail).
         *
         * @return true when the validator reported no error
         */
        public boolean compatible() {
            return exitCode == 0;
        }

        /**
         * The verdict for a person reading a failed build.
         *
         * @return the file, the verdict and the validator's own report
         */
        public String render() {
            return pactFile.getFileName() + ": "
                    + (compatible() ? "compatible" : "NOT compatible (exit code " + exitCode + ")") + "\n"
                    + output.strip().indent(4);
        }
    }
}
