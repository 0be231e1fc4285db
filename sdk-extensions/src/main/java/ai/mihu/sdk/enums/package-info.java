/**
 * Safe handling of the API's closed and open vocabularies.
 *
 * <p>Closed vocabularies are generated enums; {@link ai.mihu.sdk.enums.MihuEnums} parses them
 * leniently and tells known values from {@code UNKNOWN_DEFAULT_OPEN_API}, the stand-in for a
 * value newer than this SDK. Open vocabularies stay strings in the spec; the constant classes
 * here ({@link ai.mihu.sdk.enums.DestinationTypes}, {@link ai.mihu.sdk.enums.Channels},
 * {@link ai.mihu.sdk.enums.PhoneNumberProviders}, {@link ai.mihu.sdk.enums.SchedulePriorities},
 * {@link ai.mihu.sdk.enums.ScheduleAssignmentStatuses},
 * {@link ai.mihu.sdk.enums.IntentParameterTypes}) name the values known today, and the server
 * may use others. Webhook events are a closed vocabulary: the generated
 * {@code ai.mihu.sdk.model.WebhookEvent} enum.
 */
package ai.mihu.sdk.enums;
