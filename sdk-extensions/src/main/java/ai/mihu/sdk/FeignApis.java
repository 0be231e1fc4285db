package ai.mihu.sdk;

import ai.mihu.sdk.internal.api.AgentsApi;
import ai.mihu.sdk.internal.api.PhoneNumbersApi;

/**
 * The generated synchronous Feign interfaces, one proxy each per root client, shared by all its
 * views ({@link ViewTarget} and the interceptors take each call's URL and token from its
 * {@link CallContext}). A new tag of the spec adds its interface here and in
 * {@link FeignAsyncApis}.
 *
 * @param agents the {@code Agents} operations
 * @param phoneNumbers the {@code Phone Numbers} operations
 */
record FeignApis(AgentsApi agents, PhoneNumbersApi phoneNumbers) {}
