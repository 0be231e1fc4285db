package ai.mihu.sdk.contracts.broker;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Command that publishes the SDK's pacts to the broker; the {@code publish-pacts} Maven profile of
 * {@code contract-tests} runs it after the pacts were generated and checked against the spec.
 *
 * <p>Arguments: the pact directory, the project version and a directory inside the git checkout.
 * Environment: {@code PACT_BROKER_BASE_URL}, {@code PACT_BROKER_TOKEN} and, on a detached HEAD,
 * {@code GIT_BRANCH}.
 */
public final class PublishPacts {

    private PublishPacts() {}

    /**
     * Publishes the pacts, reading the broker settings from the process environment.
     *
     * @param arguments pact directory, project version, checkout directory
     * @throws PactPublicationException when publishing fails; the build then fails with its message
     */
    public static void main(String[] arguments) {
        List<Path> published = run(arguments, System.getenv());
        System.out.println("Published " + published.size() + " pact file(s): " + published);
    }

    /**
     * Publishes the pacts.
     *
     * @param arguments   pact directory, project version, checkout directory
     * @param environment the environment to read the broker settings and {@code GIT_BRANCH} from
     * @return the pact files published
     * @throws IllegalArgumentException when the arguments or the broker settings are wrong
     * @throws PactPublicationException when the broker refuses a pact
     */
    public static List<Path> run(String[] arguments, Map<String, String> environment) {
        if (arguments.length != 3) {
            throw new IllegalArgumentException(
                    "Usage: PublishPacts <pact directory> <project version> <git checkout directory>");
        }
        BrokerSettings settings = BrokerSettings.fromEnvironment(environment);
        ConsumerVersion version =
                ConsumerVersion.from(arguments[1], new GitCheckout(Path.of(arguments[2])), environment);
        System.out.println("Publishing pacts to " + settings.baseUrl() + " as version " + version.version()
                + " on branch " + version.branch());
        return new PactPublisher(settings).publishAll(Path.of(arguments[0]), version);
    }
}
