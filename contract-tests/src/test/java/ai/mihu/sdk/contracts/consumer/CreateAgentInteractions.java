package ai.mihu.sdk.contracts.consumer;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.core.model.V4Pact;
import java.time.Instant;
import java.util.Map;

/**
 * The interactions of {@code POST /api/v1/agents} that the SDK relies on, written once with Pact's
 * DSL so that the consumer test and the provider verification speak of the same contract.
 *
 * <p>Requests are pinned value for value, since they record what the SDK sends. Responses use
 * matchers where the server decides the value: UUIDs, timestamps, enum values by regex, and arrays
 * by {@code eachLike}.
 */
public final class CreateAgentInteractions {

    /** Path of the create operation. */
    public static final String PATH = "/api/v1/agents";
    /** The token every interaction sends; the Authorization header is matched by regex, so any token fits. */
    public static final String EXAMPLE_TOKEN = "test-token";
    /** Name of the agent the minimal interaction creates. */
    public static final String MINIMAL_AGENT_NAME = "Sales Agent";
    /** A time zone the server rejects, for the validation-error interaction. */
    public static final String UNKNOWN_TIME_ZONE = "Mars/Olympus_Mons";

    static final String UUID_EXAMPLE = "5f1d7a2c-8b4e-4c3a-9e6f-1a2b3c4d5e6f";
    static final String TIMESTAMP_FORMAT = "yyyy-MM-dd'T'HH:mm:ssXXX";
    static final Instant TIMESTAMP_EXAMPLE = Instant.parse("2026-11-07T05:31:56Z");
    private static final String JSON_CONTENT_TYPE = "application/json(;\\s?charset=[\\w-]+)?";
    private static final Map<String, String> JSON_RESPONSE = Map.of("Content-Type", "application/json");
    private static final String AGENT_STATUS = "pending|ready|in_progress|paused|completed";

    private CreateAgentInteractions() {}

    /**
     * Creating an agent with only its name: the server answers 201 with the agent and its UUID.
     *
     * @param builder Pact's builder, as given to a {@code @Pact} method
     * @return the pact
     */
    public static V4Pact createMinimalAgent(PactDslWithProvider builder) {
        return post(
                        builder.given(ProviderStates.TOKEN_VALID)
                                .uponReceiving("a request to create an agent with only a name"),
                        new PactDslJsonBody().stringValue("name", MINIMAL_AGENT_NAME))
                .willRespondWith()
                .status(201)
                .headers(JSON_RESPONSE)
                .body(new PactDslJsonBody()
                        .booleanValue("success", true)
                        .stringType("message", "Agent created successfully")
                        .object("data")
                        .uuid("agent_uuid", UUID_EXAMPLE)
                        .stringValue("name", MINIMAL_AGENT_NAME)
                        .stringMatcher("status", AGENT_STATUS, "pending")
                        .datetime("created_at", TIMESTAMP_FORMAT, TIMESTAMP_EXAMPLE)
                        .datetime("updated_at", TIMESTAMP_FORMAT, TIMESTAMP_EXAMPLE)
                        .closeObject())
                .toPact(V4Pact.class);
    }

    /**
     * Creating an agent with every request field: the server answers 201 with every documented
     * field of the agent.
     *
     * @param builder Pact's builder
     * @return the pact
     */
    public static V4Pact createFullyPopulatedAgent(PactDslWithProvider builder) {
        return post(
                        builder.given(ProviderStates.TOKEN_VALID)
                                .given(ProviderStates.TENANT_HAS_INTENT_WEBHOOK_AND_PHONE_NUMBER)
                                .uponReceiving("a request to create an agent with every field"),
                        FullAgent.request())
                .willRespondWith()
                .status(201)
                .headers(JSON_RESPONSE)
                .body(FullAgent.response())
                .toPact(V4Pact.class);
    }

    /**
     * An unknown or revoked token: 401 with the error envelope.
     *
     * @param builder Pact's builder
     * @return the pact
     */
    public static V4Pact rejectInvalidToken(PactDslWithProvider builder) {
        return post(
                        builder.given(ProviderStates.TOKEN_INVALID)
                                .uponReceiving("a request to create an agent with an invalid token"),
                        new PactDslJsonBody().stringValue("name", MINIMAL_AGENT_NAME))
                .willRespondWith()
                .status(401)
                .headers(JSON_RESPONSE)
                .body(error("INVALID_AUTH_TOKEN", "The API token is invalid or has been revoked.", null))
                .toPact(V4Pact.class);
    }

    /**
     * A value only the server can check (an unknown time zone): 422 naming the field.
     *
     * @param builder Pact's builder
     * @return the pact
     */
    public static V4Pact rejectInvalidField(PactDslWithProvider builder) {
        return post(
                        builder.given(ProviderStates.TOKEN_VALID)
                                .uponReceiving("a request to create an agent with an unknown time zone"),
                        new PactDslJsonBody()
                                .stringValue("name", MINIMAL_AGENT_NAME)
                                .stringValue("timezone", UNKNOWN_TIME_ZONE))
                .willRespondWith()
                .status(422)
                .headers(JSON_RESPONSE)
                .body(error("VALIDATION_ERROR", "The given data was invalid.", "timezone"))
                .toPact(V4Pact.class);
    }

    /**
     * The tenant's rate limit is used up: 429 with {@code Retry-After} in seconds.
     *
     * @param builder Pact's builder
     * @return the pact
     */
    public static V4Pact rejectRateLimited(PactDslWithProvider builder) {
        return post(
                        builder.given(ProviderStates.RATE_LIMIT_EXCEEDED)
                                .uponReceiving("a request to create an agent over the rate limit"),
                        new PactDslJsonBody().stringValue("name", MINIMAL_AGENT_NAME))
                .willRespondWith()
                .status(429)
                .headers(JSON_RESPONSE)
                .matchHeader("Retry-After", "\\d+", "30")
                .body(error("RATE_LIMIT_EXCEEDED", "Too many requests. Please slow down.", null))
                .toPact(V4Pact.class);
    }

    /**
     * The API is under maintenance: 503 with the error envelope and no {@code Retry-After}.
     *
     * @param builder Pact's builder
     * @return the pact
     */
    public static V4Pact rejectUnavailable(PactDslWithProvider builder) {
        return post(
                        builder.given(ProviderStates.UNDER_MAINTENANCE)
                                .uponReceiving("a request to create an agent during maintenance"),
                        new PactDslJsonBody().stringValue("name", MINIMAL_AGENT_NAME))
                .willRespondWith()
                .status(503)
                .headers(JSON_RESPONSE)
                .body(error("SERVICE_UNAVAILABLE", "The service is temporarily unavailable.", null))
                .toPact(V4Pact.class);
    }

    private static PactDslRequestWithPath post(PactDslRequestWithoutPath request, DslPart body) {
        return request.method("POST")
                .path(PATH)
                .matchHeader("Authorization", "Bearer .+", "Bearer " + EXAMPLE_TOKEN)
                .matchHeader("Content-Type", JSON_CONTENT_TYPE, "application/json")
                .body(body);
    }

    /**
     * The error envelope as far as the SDK reads it: the code, and the field of a validation
     * error. {@code error.details} is optional in the spec and only shown to people, so the pact
     * does not require it.
     */
    private static DslPart error(String code, String message, String field) {
        PactDslJsonBody error = new PactDslJsonBody()
                .booleanValue("success", false)
                .stringType("message", message)
                .object("error")
                .stringValue("code", code);
        if (field != null) {
            error.stringValue("field", field);
        }
        return error.closeObject();
    }
}
