package ai.mihu.sdk;

import ai.mihu.sdk.errors.MalformedResponseException;
import ai.mihu.sdk.errors.MihuException;
import feign.InvocationContext;
import feign.ResponseInterceptor;
import feign.codec.DecodeException;

/**
 * Lets the decoder's typed exceptions reach the caller, in Feign's {@link ResponseInterceptor}
 * seam.
 *
 * <p>Feign wraps any runtime exception a {@code Decoder} throws in a {@link DecodeException}.
 * {@link EnvelopeDecoder} only throws SDK exceptions, so this interceptor, which runs around the
 * decoding step, rethrows the SDK exception inside. Feign passes it on to the caller unchanged.
 */
final class DecodeFailureUnwrapper implements ResponseInterceptor {

    @Override
    public Object intercept(InvocationContext context, Chain chain) throws Exception {
        try {
            return chain.next(context);
        } catch (DecodeException e) {
            if (e.getCause() instanceof MihuException typed) {
                throw typed;
            }
            // Not thrown by EnvelopeDecoder today; still never let a Feign exception escape.
            throw new MalformedResponseException(
                    "HTTP " + e.status() + " response cannot be used: "
                            + (e.getCause() == null
                                    ? "decoding failed"
                                    : e.getCause().getClass().getSimpleName()),
                    e.status(),
                    null);
        }
    }
}
