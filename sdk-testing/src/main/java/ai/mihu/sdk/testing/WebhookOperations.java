package ai.mihu.sdk.testing;

import ai.mihu.sdk.model.Webhook;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The operation on an agent's webhooks the contract has, the {@code PATCH} of one webhook, and the
 * tenant's limit of {@value #LIMIT} webhooks per agent.
 *
 * <p>The reference answers 409 {@code webhook_limit_reached} when a sixth webhook is added, on its
 * "add a webhook" page, which could be read only by its title: the contract has no operation that
 * adds a webhook and no 409 answer. The mock's agents get webhooks only by seeding, so it keeps the
 * limit there ({@link MockMihuServer#putAgent}).
 */
final class WebhookOperations {

    /** The most webhooks an agent may have. */
    static final int LIMIT = 5;

    /** The error code the reference gives for a sixth webhook. */
    static final String LIMIT_CODE = "webhook_limit_reached";

    private static final String WEBHOOK_PARAMETER = "webhookUuid";
    private static final String SECRET = "secret_key";

    private final Tenant tenant;

    WebhookOperations(Tenant tenant) {
        this.tenant = tenant;
    }

    /**
     * Changes what was sent; {@code events} replaces the list. The secret is write-only: a string
     * sets {@code has_secret}, {@code null} clears it, and the secret itself is not kept at all.
     */
    OperationHandler update() {
        return call -> OperationResult.ok("Webhook updated successfully", tenant.change(call.agentUuid(), draft -> {
            ObjectNode webhook = AgentItems.WEBHOOKS.find(draft.agent(), call, WEBHOOK_PARAMETER);
            ObjectNode withoutSecret = call.body().deepCopy();
            JsonNode secret = withoutSecret.remove(SECRET);
            MergePatch.apply(webhook, withoutSecret);
            if (secret != null) {
                webhook.put("has_secret", !secret.isNull());
            }
            webhook.put("updated_at", tenant.timestamp());
            MockMihuJson.requireShapeOf(webhook, Webhook.class);
            return webhook;
        }));
    }

    /**
     * Refuses an agent with more webhooks than the tenant allows.
     *
     * @throws IllegalArgumentException naming the limit and the API's error code
     */
    static void requireWithinLimit(JsonNode agent) {
        int count = AgentItems.WEBHOOKS.count(agent);
        if (count > LIMIT) {
            throw new IllegalArgumentException("An agent has at most " + LIMIT
                    + " webhooks (the API answers a sixth with 409 " + LIMIT_CODE + "); this one has " + count);
        }
    }
}
