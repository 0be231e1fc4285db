package ai.mihu.sdk;

import ai.mihu.sdk.internal.async.AgentsAsyncApi;
import ai.mihu.sdk.internal.async.PhoneNumbersAsyncApi;

/**
 * The asynchronous twins of {@link FeignApis}, generated from the spec by the SDK's own template
 * and built with AsyncFeign over {@link OkHttpTransport}.
 *
 * @param agents the {@code Agents} operations
 * @param phoneNumbers the {@code Phone Numbers} operations
 */
record FeignAsyncApis(AgentsAsyncApi agents, PhoneNumbersAsyncApi phoneNumbers) {}
