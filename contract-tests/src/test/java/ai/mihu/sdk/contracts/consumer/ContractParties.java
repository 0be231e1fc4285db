package ai.mihu.sdk.contracts.consumer;

/**
 * The names the SDK's pacts are published under; the API team's provider verification and the
 * broker use the same names.
 */
public final class ContractParties {

    /** The consumer: this SDK. */
    public static final String CONSUMER = "mihu-java-sdk";
    /** The provider: Mihu's agents API. */
    public static final String PROVIDER = "mihu-agents-api";

    private ContractParties() {}
}
