package ai.mihu.sdk;

import feign.Response;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okhttp3.Headers;
import okhttp3.MediaType;
import org.jspecify.annotations.Nullable;

/**
 * The headers of a response, read where the SDK needs them: from the OkHttp {@link Headers} that
 * {@link OkHttpTransport} keeps with the body it read ({@link BufferedBody}), or from Feign's map
 * for a response built some other way.
 *
 * <p>Why not Feign's map: Feign copies the header map it is given twice per response (its
 * {@code Response} constructor and again when it attaches the request), and every copy is a tree
 * of lists, while a call that returns only {@code data} reads no header unless it fails. The
 * transport therefore hands Feign no headers; a caller who asks for them
 * ({@link MihuResponse#headers()}) gets a map built from OkHttp's on first use.
 */
final class ResponseHeaders {

    private ResponseHeaders() {}

    /** All headers, names case-insensitive; built only when first read. */
    static Map<String, Collection<String>> of(Response response) {
        if (response.body() instanceof BufferedBody buffered) {
            return new LazyHeaderMap(buffered.headers());
        }
        return response.headers();
    }

    /** The first value of a header, or {@code null}. */
    static @Nullable String first(Response response, String name) {
        if (response.body() instanceof BufferedBody buffered) {
            return buffered.headers().get(name);
        }
        for (Map.Entry<String, Collection<String>> header : response.headers().entrySet()) {
            if (name.equalsIgnoreCase(header.getKey()) && !header.getValue().isEmpty()) {
                return header.getValue().iterator().next();
            }
        }
        return null;
    }

    /** The charset the response's {@code Content-Type} declares, UTF-8 when it declares none. */
    static Charset charset(Response response) {
        String contentType = first(response, "Content-Type");
        MediaType type = contentType == null ? null : MediaType.parse(contentType);
        return type == null ? StandardCharsets.UTF_8 : type.charset(StandardCharsets.UTF_8);
    }

    /**
     * OkHttp's headers seen as Feign's map (names lower-cased, as OkHttp's and Feign's own maps
     * have them), built on first use; safe to share between threads.
     */
    private static final class LazyHeaderMap extends AbstractMap<String, Collection<String>> {

        private final Headers headers;
        private volatile @Nullable Map<String, Collection<String>> built;

        LazyHeaderMap(Headers headers) {
            this.headers = headers;
        }

        private Map<String, Collection<String>> built() {
            Map<String, Collection<String>> map = built;
            if (map == null) {
                Map<String, List<String>> multimap = headers.toMultimap();
                map = Collections.unmodifiableMap(multimap);
                built = map;
            }
            return map;
        }

        @Override
        public Set<Entry<String, Collection<String>>> entrySet() {
            return built().entrySet();
        }

        @Override
        public @Nullable Collection<String> get(@Nullable Object name) {
            return built().get(name);
        }

        @Override
        public boolean containsKey(@Nullable Object name) {
            return built().containsKey(name);
        }

        @Override
        public int size() {
            return built().size();
        }
    }
}
