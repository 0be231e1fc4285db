package ai.mihu.sdk.contracts.consumer;

/**
 * The provider states the SDK's interactions need. The provider verification sets each one up
 * (with {@code @State} methods against the mock server, or in the API team's own test data). The
 * uuids the states name are the fixed ones of {@link TenantFixture}.
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

    /** The tenant has the agent {@link TenantFixture#AGENT_UUID}, with no items in its sections. */
    public static final String AGENT_EXISTS = "an agent exists";
    /** The agent has the procedure {@link TenantFixture#PROCEDURE_UUID}, and no other. */
    public static final String AGENT_HAS_PROCEDURE = "an agent with a procedure";
    /** The agent has the training example {@link TenantFixture#TRAINING_UUID}, and no other. */
    public static final String AGENT_HAS_TRAINING_EXAMPLE = "an agent with a training example";
    /** The agent has the guard rule {@link TenantFixture#GUARD_RULE_UUID}, and no other. */
    public static final String AGENT_HAS_GUARD_RULE = "an agent with a guard rule";
    /** The agent has the routing rule {@link TenantFixture#ROUTING_RULE_UUID}, and no other. */
    public static final String AGENT_HAS_ROUTING_RULE = "an agent with a routing rule";
    /** The agent has the intent {@link TenantFixture#INTENT_UUID}, with no action set. */
    public static final String AGENT_HAS_INTENT = "an agent with an intent";
    /** The agent has the intent {@link TenantFixture#INTENT_UUID}, whose action is a deployed app action. */
    public static final String AGENT_HAS_INTENT_WITH_ACTION = "an agent with an intent that has an action";
    /** The agent has the webhook {@link TenantFixture#WEBHOOK_UUID}, without a secret. */
    public static final String AGENT_HAS_WEBHOOK = "an agent with a webhook";
    /** No agent of the tenant has the uuid {@link TenantFixture#UNKNOWN_AGENT_UUID}. */
    public static final String AGENT_UNKNOWN = "the tenant has no agent with the requested uuid";
    /** The tenant has no schedule {@link TenantFixture#UNKNOWN_SCHEDULE_UUID}: the API answers 422 naming it. */
    public static final String SCHEDULE_UNKNOWN = "the tenant has no schedule with the requested uuid";

    private ProviderStates() {}
}
