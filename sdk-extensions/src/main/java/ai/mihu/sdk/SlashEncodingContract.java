package ai.mihu.sdk;

import feign.Contract;
import feign.MethodMetadata;
import java.util.List;

/**
 * Feign's {@link Contract} seam, around another contract: keeps a slash in a path parameter's value
 * percent-encoded ({@code %2F}) instead of turning it back into {@code /}, Feign's default.
 *
 * <p>Why: a path parameter's value must never add a path segment: {@code "a/b"} as an agent id
 * would otherwise address {@code /agents/a/b}. The SDK accepts only UUIDs there ({@link PathIds}),
 * so no value it sends has a slash; but Feign's decoding ran on every call regardless, compiling a
 * regular expression per path parameter ({@code String.replaceAll}), 4 % of an update's CPU time
 * in {@code BENCHMARKS.md}'s profile.
 */
final class SlashEncodingContract implements Contract {

    private final Contract templates;

    SlashEncodingContract(Contract templates) {
        this.templates = templates;
    }

    @Override
    public List<MethodMetadata> parseAndValidateMetadata(Class<?> targetType) {
        List<MethodMetadata> methods = templates.parseAndValidateMetadata(targetType);
        for (MethodMetadata method : methods) {
            method.template().decodeSlash(false);
        }
        return methods;
    }
}
