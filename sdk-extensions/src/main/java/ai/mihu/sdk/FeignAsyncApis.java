package ai.mihu.sdk;

import ai.mihu.sdk.internal.async.AgentsAsyncApi;

/**
 * The asynchronous twins of {@link FeignApis}, generated from the spec by the SDK's own template
 * and built with AsyncFeign over {@link OkHttpTransport}.
 *
 * @param agents the {@code Agents} operations
 */
record FeignAsyncApis(AgentsAsyncApi agents) {
}
