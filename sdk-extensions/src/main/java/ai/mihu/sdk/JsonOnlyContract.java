package ai.mihu.sdk;

import feign.Contract;
import feign.MethodMetadata;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Feign's {@link Contract} seam: reads the generated interfaces with Feign's default contract,
 * then takes their {@code Accept} and {@code Content-Type} headers out of the request templates.
 *
 * <p>Why: every operation of the spec sends and accepts {@code application/json}, so those two
 * headers are constants, yet Feign copies and expands each header template of a method on every
 * call (a few kilobytes of garbage per request, measured in {@code BENCHMARKS.md}). The constants are
 * sent by {@link RequestHeaders} instead. A method declaring any other media type fails the
 * client's construction, so a spec change that needs one cannot pass unnoticed.
 */
final class JsonOnlyContract implements Contract {

    static final String JSON = "application/json";

    private final Contract annotations = new Contract.Default();

    @Override
    public List<MethodMetadata> parseAndValidateMetadata(Class<?> targetType) {
        List<MethodMetadata> methods = annotations.parseAndValidateMetadata(targetType);
        for (MethodMetadata method : methods) {
            Map<String, Collection<String>> headers = method.template().headers();
            requireJson(method, headers.get(RequestHeaders.ACCEPT), RequestHeaders.ACCEPT);
            requireJson(method, headers.get(RequestHeaders.CONTENT_TYPE), RequestHeaders.CONTENT_TYPE);
            method.template().removeHeader(RequestHeaders.ACCEPT);
            method.template().removeHeader(RequestHeaders.CONTENT_TYPE);
        }
        return methods;
    }

    private static void requireJson(MethodMetadata method, @Nullable Collection<String> values, String header) {
        if (values != null && !values.stream().allMatch(JSON::equals)) {
            throw new IllegalStateException(method.configKey() + " declares " + header + ": " + values
                    + "; the SDK sends and accepts " + JSON + " only");
        }
    }
}
