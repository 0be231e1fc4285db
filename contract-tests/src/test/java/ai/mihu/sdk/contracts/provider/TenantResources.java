package ai.mihu.sdk.contracts.provider;

import ai.mihu.sdk.enums.KnownValues.Channels;
import ai.mihu.sdk.enums.KnownValues.IntentParameterTypes;
import ai.mihu.sdk.enums.KnownValues.PhoneNumberProviders;
import ai.mihu.sdk.model.Agent;
import ai.mihu.sdk.model.Intent;
import ai.mihu.sdk.model.IntentParameter;
import ai.mihu.sdk.model.IntentWebhook;
import ai.mihu.sdk.model.PhoneNumber;
import ai.mihu.sdk.model.PhoneNumberCapabilities;
import ai.mihu.sdk.model.Webhook;
import ai.mihu.sdk.model.WebhookEvent;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What the tenant of the "intent, webhook and phone number" provider state owns, attached to each
 * agent the mock creates as the real service attaches the tenant's resources: one intent with a
 * webhook and a parameter, one event webhook, one phone number, the phone channel and a
 * recommendation.
 */
final class TenantResources implements Consumer<Agent> {

    @Override
    public void accept(Agent agent) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        agent.recommendations("Add a guideline for return-policy questions.")
                .addIntentsItem(new Intent()
                        .intentUuid(UUID.randomUUID())
                        .key("collect_email")
                        .name("Collect email")
                        .description("The caller gives an email address.")
                        .recommendationActions("Confirm the address by spelling it back.")
                        .confidenceThreshold(0.75)
                        .isSystem(false)
                        .intentLlmHandleByResponse(true)
                        .webhook(new IntentWebhook()
                                .url("https://hooks.northwind.example/mihu/intents")
                                .authToken("whk_provider_state_not_a_secret"))
                        .addParametersItem(new IntentParameter()
                                .key("email")
                                ._default("")
                                .type(IntentParameterTypes.STRING)
                                .required(true))
                        .createdAt(now)
                        .updatedAt(now))
                .addWebhooksItem(new Webhook()
                        .webhookUuid(UUID.randomUUID())
                        .url("https://hooks.northwind.example/mihu/events")
                        .addEventsItem(WebhookEvent.CONVERSATION_STATUS)
                        .isActive(true)
                        .hasSecret(true)
                        .createdAt(now)
                        .updatedAt(now))
                .addPhoneNumbersItem(new PhoneNumber()
                        .phoneNumberUuid(UUID.randomUUID())
                        .number("+902125550123")
                        .provider(PhoneNumberProviders.MIHU)
                        .status("active")
                        .countryCode("TR")
                        .type("local")
                        .capabilities(new PhoneNumberCapabilities()
                                .call(true)
                                .sms(true)
                                .whatsapp(false)
                                .whatsappCall(false)))
                .addChannelsItem(Map.of("type", Channels.PHONE));
    }
}
