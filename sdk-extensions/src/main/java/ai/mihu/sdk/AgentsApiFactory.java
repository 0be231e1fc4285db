package ai.mihu.sdk;

import ai.mihu.sdk.internal.api.AgentsApi;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Feign;
import feign.Request;
import feign.jackson.JacksonEncoder;
import java.time.Clock;
import java.util.List;

/**
 * Assembles the generated {@link AgentsApi} from the SDK's Feign components, in one
 * {@link Feign.Builder}: each concern is one small class plugged into Feign's own seam.
 *
 * <ul>
 *   <li>{@code Client}: feign-okhttp over the OkHttp client the {@link MihuClient} owns;</li>
 *   <li>{@code RequestInterceptor}s: {@link BearerTokenInterceptor}, {@link UserAgentInterceptor};</li>
 *   <li>{@code Encoder}: Jackson with the {@link JsonMapperFactory} mapper (unset fields left out);</li>
 *   <li>{@code Decoder}: {@link EnvelopeDecoder}, with {@link DecodeFailureUnwrapper} as
 *       {@code ResponseInterceptor} so its typed exceptions reach the caller;</li>
 *   <li>{@code ErrorDecoder}: {@link ErrorResponseDecoder};</li>
 *   <li>{@code Retryer}: {@link SafeRetryer};</li>
 *   <li>{@code Logger}: {@link RedactingLogger}.</li>
 * </ul>
 */
final class AgentsApiFactory {

    private AgentsApiFactory() {
    }

    static AgentsApi create(ClientSettings settings, okhttp3.OkHttpClient httpClient) {
        ObjectMapper mapper = JsonMapperFactory.create();
        SecretRedactor redactor = new SecretRedactor(List.of(settings.apiToken()));
        Clock clock = Clock.systemUTC();
        return Feign.builder()
                .client(new feign.okhttp.OkHttpClient(httpClient))
                // Same values as the OkHttp client, so feign-okhttp never derives a second client.
                .options(new Request.Options(settings.connectTimeout(), settings.readTimeout(), false))
                .requestInterceptor(new BearerTokenInterceptor(settings.apiToken()))
                .requestInterceptor(new UserAgentInterceptor(SdkVersion.userAgent()))
                .encoder(new JacksonEncoder(mapper))
                .decoder(new EnvelopeDecoder(mapper, redactor))
                .responseInterceptor(new DecodeFailureUnwrapper())
                .errorDecoder(new ErrorResponseDecoder(mapper, settings.retryPolicy(), redactor, clock))
                .retryer(new SafeRetryer(settings.retryPolicy(), clock))
                .logger(new RedactingLogger(redactor))
                .logLevel(RedactingLogger.feignLevel(settings.logLevel()))
                .target(AgentsApi.class, settings.baseUrl());
    }
}
