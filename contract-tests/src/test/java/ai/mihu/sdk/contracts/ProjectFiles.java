package ai.mihu.sdk.contracts;

import java.nio.file.Path;

/**
 * Locations of the project files the contract tests read, as the build passes them in system
 * properties, with defaults for running a test from an IDE in the module directory.
 */
public final class ProjectFiles {

    private ProjectFiles() {}

    /**
     * The spec under development.
     *
     * @return {@code spec/openapi.yaml}
     */
    public static Path spec() {
        return Path.of(System.getProperty("mihu.spec", "../spec/openapi.yaml"));
    }

    /**
     * The spec of the last release.
     *
     * @return {@code spec/baseline/openapi.yaml}
     */
    public static Path releasedSpec() {
        return Path.of(System.getProperty("mihu.spec.baseline", "../spec/baseline/openapi.yaml"));
    }

    /**
     * The directory the consumer pact tests write their pacts to.
     *
     * @return {@code contract-tests/target/pacts}
     */
    public static Path pactDirectory() {
        return Path.of(System.getProperty("pact.rootDir", "target/pacts"));
    }

    /**
     * The command-line script of PactFlow's validator, as {@code npm ci} installs it.
     *
     * @return {@code contract-tests/node_modules/@pactflow/swagger-mock-validator/bin/swagger-mock-validator.mjs}
     */
    public static Path pactflowValidator() {
        return Path.of(System.getProperty(
                "mihu.pactflow.validator",
                "node_modules/@pactflow/swagger-mock-validator/bin/swagger-mock-validator.mjs"));
    }

    /**
     * Whether the checks that run Node.js tools are switched off ({@code -Dspec.lint.skip=true},
     * for a machine without Node.js; CI never sets it).
     *
     * @return true when they must not run
     */
    public static boolean nodeToolsSkipped() {
        return Boolean.parseBoolean(System.getProperty("mihu.node.tools.skip", "false"));
    }

    /**
     * A test resource of this module as a file.
     *
     * @param name the resource path, such as {@code pact-fixtures/create-agent-valid.json}
     * @return the file
     */
    public static Path testResource(String name) {
        return Path.of("src/test/resources").resolve(name);
    }
}
