/**
 * The Mihu SDK for JVM applications: {@link ai.mihu.sdk.MihuClient} and the services it hands out,
 * such as {@link ai.mihu.sdk.AgentService}.
 *
 * <p>The public types here are {@link ai.mihu.sdk.MihuClient}, {@link ai.mihu.sdk.AgentService},
 * {@link ai.mihu.sdk.MihuResponse} and {@link ai.mihu.sdk.LogLevel}. Everything else in this
 * package is package-private plumbing: small classes plugged into Feign's seams (client, request
 * interceptors, encoder, decoder, error decoder, retryer, logger) that are assembled once per
 * client. Application code never touches Feign, OkHttp or the generated invoker.
 */
@NullMarked
package ai.mihu.sdk;

import org.jspecify.annotations.NullMarked;
