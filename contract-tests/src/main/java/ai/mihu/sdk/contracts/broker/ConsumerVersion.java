package ai.mihu.sdk.contracts.broker;

import java.util.Map;
import java.util.Objects;

/**
 * The version and branch the SDK's pacts are published under.
 *
 * <p>The version is the project version with the commit as build metadata
 * ({@code 0.1.0-SNAPSHOT+3f2c1ab}): the broker needs a version per commit to tell which pacts a
 * given build produced, and a person reading the broker wants to see the release it belongs to.
 *
 * @param version the consumer version, such as {@code 0.1.0+3f2c1ab}
 * @param branch  the git branch the commit was built from
 */
public record ConsumerVersion(String version, String branch) {

    /** Environment variable that names the branch when git cannot, as in a CI checkout of a detached HEAD. */
    public static final String BRANCH_VARIABLE = "GIT_BRANCH";

    /**
     * Creates a consumer version.
     *
     * @param version the version; never blank
     * @param branch  the branch; never blank
     */
    public ConsumerVersion {
        requireText(version, "version");
        requireText(branch, "branch");
    }

    /**
     * Derives the consumer version from the project version and the git checkout.
     *
     * @param projectVersion the Maven project version
     * @param git            the checkout the pacts were built from
     * @param environment    the environment; {@code GIT_BRANCH} there wins over git's own answer
     * @return the consumer version
     * @throws IllegalStateException when the branch cannot be told (a detached HEAD without
     *                               {@code GIT_BRANCH})
     */
    public static ConsumerVersion from(String projectVersion, GitCheckout git, Map<String, String> environment) {
        requireText(projectVersion, "projectVersion");
        String branch = environment.get(BRANCH_VARIABLE);
        if (branch == null || branch.isBlank()) {
            branch = git.currentBranch()
                    .orElseThrow(() -> new IllegalStateException(
                            "The checkout is on a detached HEAD, so git cannot tell the branch: set " + BRANCH_VARIABLE
                                    + " to the branch being built."));
        }
        return new ConsumerVersion(projectVersion + "+" + git.shortCommit(), branch.trim());
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
