/**
 * The API's open vocabularies: {@link ai.mihu.sdk.enums.KnownValues}, generated from the spec,
 * names the values known today of string properties that the server may extend
 * ({@code KnownValues.Channels.PHONE}, {@code KnownValues.DestinationTypes.EXTENSION}, ...).
 *
 * <p>The closed vocabularies are the spec's enums, generated in {@code ai.mihu.sdk.model} as
 * extensible value classes ({@code AgentStatus}, {@code GuardRuleAction}, ...): each has a
 * constant per known value, {@code parse(String)} for lenient input, and keeps a value a newer
 * server sends as it was received ({@code value()}, {@code known()}, {@code isKnown()}).
 */
package ai.mihu.sdk.enums;
