package ai.mihu.sdk.contracts.broker;

import ai.mihu.sdk.contracts.pact.PactFiles;
import au.com.dius.pact.core.pactbroker.PactBrokerClient;
import au.com.dius.pact.core.pactbroker.PactBrokerClientConfig;
import au.com.dius.pact.core.pactbroker.PublishConfiguration;
import au.com.dius.pact.core.support.Auth;
import au.com.dius.pact.core.support.Result;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishes pact files to a Pact Broker or PactFlow with Pact JVM's own broker client, the one
 * its Maven and Gradle plugins use.
 *
 * <p>Brokers that offer the "publish contracts" endpoint (Pact Broker 2.86 and later, PactFlow)
 * get one request per pact with the version, the branch and the pact; older brokers get the pact
 * by {@code PUT /pacts/provider/{provider}/consumer/{consumer}/version/{version}}, and record no
 * branch.
 */
public final class PactPublisher {

    private final BrokerSettings settings;

    /**
     * Creates a publisher.
     *
     * @param settings the broker to publish to
     */
    public PactPublisher(BrokerSettings settings) {
        this.settings = settings;
    }

    /**
     * Publishes every pact file ({@code *.json}) of a directory.
     *
     * @param pactDirectory the directory the consumer tests wrote their pacts to
     * @param version       the consumer version and branch to publish under
     * @return the pact files published
     * @throws PactPublicationException when the directory holds no pact, or the broker refused any of them
     */
    public List<Path> publishAll(Path pactDirectory, ConsumerVersion version) {
        List<Path> pactFiles = PactFiles.in(pactDirectory);
        if (pactFiles.isEmpty()) {
            throw new PactPublicationException("No pact file in " + pactDirectory.toAbsolutePath()
                    + " to publish: run the consumer pact tests first.");
        }
        PactBrokerClient client = newClient();
        PublishConfiguration configuration = new PublishConfiguration(version.version(), List.of(), version.branch());
        List<String> failures = new ArrayList<>();
        for (Path pactFile : pactFiles) {
            Result<String, Exception> result = client.uploadPactFile(pactFile.toFile(), configuration);
            if (result instanceof Result.Err<?> error) {
                failures.add(pactFile.getFileName() + ": " + describe(error.getError()));
            }
        }
        if (!failures.isEmpty()) {
            throw new PactPublicationException("The broker at " + settings.baseUrl() + " refused "
                    + failures.size() + " of " + pactFiles.size() + " pact(s) for version " + version.version()
                    + ":\n  " + String.join("\n  ", failures));
        }
        return pactFiles;
    }

    private PactBrokerClient newClient() {
        Map<String, Object> options = new HashMap<>();
        settings.token()
                .ifPresent(token ->
                        options.put("authentication", new Auth.BearerAuthentication(token, Auth.DEFAULT_AUTH_HEADER)));
        return new PactBrokerClient(settings.baseUrl().toString(), options, new PactBrokerClientConfig());
    }

    private String describe(Object error) {
        String text = error instanceof Throwable throwable ? throwable.getMessage() : String.valueOf(error);
        // The broker client's messages hold no credential, but make sure a token never reaches the log.
        return settings.token().map(token -> text.replace(token, "****")).orElse(text);
    }
}
