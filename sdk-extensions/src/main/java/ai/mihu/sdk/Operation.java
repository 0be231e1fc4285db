package ai.mihu.sdk;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the call path needs to know about one operation of the API besides how to invoke it: a
 * name for messages, its {@link Idempotency} (which the {@link RetryPolicy} consults), and how to
 * take the {@code data} and {@code message} out of its generated response envelope.
 *
 * <p>Adding an operation to the SDK is one constant in {@link Operations} and, in each service,
 * one line handing {@link CallPath} that constant, the request body to validate, and a lambda
 * calling the generated method; see {@link CallPath}.
 *
 * @param name what the operation does, such as {@code create agent}
 * @param idempotency what repeating it does on the server
 * @param data the envelope's {@code data}, which the decoder has already checked is present
 * @param message the envelope's {@code message}, or {@code null}
 * @param <E> the generated envelope type, such as {@code CreateAgentResponse}
 * @param <T> the type of its data, such as {@code Agent}
 */
record Operation<E, T>(
        String name, Idempotency idempotency, Function<E, T> data, Function<E, @Nullable String> message) {}
