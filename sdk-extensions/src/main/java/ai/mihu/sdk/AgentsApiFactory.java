package ai.mihu.sdk;

import ai.mihu.sdk.internal.api.AgentsApi;
import ai.mihu.sdk.internal.api.PhoneNumbersApi;
import ai.mihu.sdk.internal.async.AgentsAsyncApi;
import ai.mihu.sdk.internal.async.PhoneNumbersAsyncApi;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.AsyncFeign;
import feign.BaseBuilder;
import feign.Feign;
import feign.Retryer;
import java.time.Clock;

/**
 * Assembles the generated Feign interfaces from the SDK's Feign components: the same seams, in
 * one place, for the synchronous {@link Feign.Builder} and the {@link AsyncFeign} builder.
 *
 * <ul>
 *   <li>{@code Client} / {@code AsyncClient}: {@link OkHttpTransport} over the OkHttp client the
 *       root {@link MihuClient} owns (deadline, size limit, typed I/O failures);</li>
 *   <li>{@code Contract}: {@link JsonOnlyContract}, Feign's default with the constant JSON media
 *       type headers taken out of the per-call templates;</li>
 *   <li>{@code Target}: {@link ViewTarget}, the base URL of the call's view and the headers its
 *       requests carry ({@link RequestHeaders}: the view's token, the user agent, the media
 *       types, the call's extra headers), set as plain values rather than Feign templates;</li>
 *   <li>{@code Encoder}: {@link JsonBodyEncoder}, Jackson with the {@link JsonMapperFactory} mapper (unset
 *       fields left out) and one writer per body type;</li>
 *   <li>{@code Decoder}: {@link EnvelopeDecoder}, with {@link DecodeFailureUnwrapper} as
 *       {@code ResponseInterceptor} so its typed exceptions reach the caller;</li>
 *   <li>{@code ErrorDecoder}: {@link ErrorResponseDecoder};</li>
 *   <li>{@code Retryer}: {@link Retryer#NEVER_RETRY}. Nothing reaches it: the transport and the
 *       decoders throw typed exceptions, never Feign's {@code RetryableException}. Retries are
 *       {@link CallPath}'s, decided by {@link RetryPolicy}, because an asynchronous call must wait
 *       for its retry without holding a thread, which Feign's blocking {@code Retryer} cannot;</li>
 *   <li>{@code Logger}: {@link RedactingLogger};</li>
 *   <li>{@code Options}: {@link FeignOptions}, unused by the transport, without Feign's per-call lookup.</li>
 * </ul>
 * The proxies are built once per root client and serve all its views.
 */
final class AgentsApiFactory {

    private static final RequestHeaders HEADERS = new RequestHeaders(SdkVersion.userAgent());

    private AgentsApiFactory() {}

    static FeignApis create(ClientSettings settings, OkHttpTransport transport, SecretRedactor redactor) {
        Feign.Builder builder = configure(Feign.builder(), settings, redactor).client(transport);
        return new FeignApis(
                builder.target(new ViewTarget<>(AgentsApi.class, HEADERS)),
                builder.target(new ViewTarget<>(PhoneNumbersApi.class, HEADERS)));
    }

    static FeignAsyncApis createAsync(ClientSettings settings, OkHttpTransport transport, SecretRedactor redactor) {
        AsyncFeign.AsyncBuilder<Object> builder =
                configure(AsyncFeign.builder(), settings, redactor).client(transport);
        return new FeignAsyncApis(
                builder.target(new ViewTarget<>(AgentsAsyncApi.class, HEADERS)),
                builder.target(new ViewTarget<>(PhoneNumbersAsyncApi.class, HEADERS)));
    }

    private static <B extends BaseBuilder<B, ?>> B configure(
            B builder, ClientSettings settings, SecretRedactor redactor) {
        ObjectMapper mapper = JsonMapperFactory.create();
        Clock clock = Clock.systemUTC();
        return builder.contract(new SlashEncodingContract(new JsonOnlyContract()))
                .encoder(new JsonBodyEncoder(mapper))
                .decoder(new EnvelopeDecoder(mapper, redactor))
                .responseInterceptor(new DecodeFailureUnwrapper())
                .errorDecoder(new ErrorResponseDecoder(mapper, redactor, clock))
                .retryer(Retryer.NEVER_RETRY)
                .options(FeignOptions.INSTANCE)
                .logger(new RedactingLogger(redactor))
                .logLevel(RedactingLogger.feignLevel(settings.logLevel()));
    }
}
