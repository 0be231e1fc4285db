package ai.mihu.sdk.contracts.consumer;

/**
 * The provider states the SDK's interactions need. The provider verification sets each one up
 * (with {@code @State} methods against the mock server, or in the API team's own test data).
 */
public final class ProviderStates {

    /** The request carries an API token of an existing tenant. */
    public static final String TOKEN_VALID = "the API token is valid";
    /** The tenant has an intent with a webhook, an event webhook and a phone number, which a created agent reports. */
    public static final String TENANT_HAS_INTENT_WEBHOOK_AND_PHONE_NUMBER =
            "the tenant has an intent with a webhook, an event webhook and a phone number";
    /** The request carries a token that is unknown or revoked. */
    public static final String TOKEN_INVALID = "the API token is invalid";
    /** The tenant has sent more requests than its rate limit allows. */
    public static final String RATE_LIMIT_EXCEEDED = "the tenant has exceeded its rate limit";
    /** The API is down for maintenance and processes no request. */
    public static final String UNDER_MAINTENANCE = "the API is under maintenance";

    private ProviderStates() {
    }
}
