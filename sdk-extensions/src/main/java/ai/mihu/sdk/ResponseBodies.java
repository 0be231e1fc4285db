package ai.mihu.sdk;

import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Reading response bodies, which may be absent, and turning them into short, loggable text. */
final class ResponseBodies {

    /** How much of a body exceptions keep as {@code rawBody}. */
    static final int RAW_BODY_CHARS = 4 * 1024;

    private ResponseBodies() {}

    /** Up to {@code limit} bytes of the body; empty when there is none. */
    static byte[] read(Response response, int limit) throws IOException {
        if (response.body() == null) {
            return new byte[0];
        }
        if (response.body() instanceof BufferedBody buffered) {
            // Read by the transport within the client's limit: used as it is, without a copy.
            byte[] bytes = buffered.bytes();
            return bytes.length <= limit ? bytes : java.util.Arrays.copyOf(bytes, limit);
        }
        // With a declared length, ask for exactly that much: readNBytes then fills one array of
        // the right size, where an open-ended read allocates 8 KB chunks and copies them together.
        Integer declared = response.body().length();
        int wanted = declared != null && declared >= 0 && declared <= limit ? declared : limit;
        try (InputStream in = response.body().asInputStream()) {
            return in.readNBytes(wanted);
        }
    }

    /** The body decoded with the charset the response declares (UTF-8 when it declares none). */
    static String text(Response response, byte[] body) {
        Charset charset = response.charset() == null ? StandardCharsets.UTF_8 : response.charset();
        return new String(body, charset);
    }

    /** The start of a body, cut to {@link #RAW_BODY_CHARS}, marked when cut. */
    static String truncate(String text) {
        if (text.length() <= RAW_BODY_CHARS) {
            return text;
        }
        return text.substring(0, RAW_BODY_CHARS) + "…[truncated, " + text.length() + " chars in all]";
    }

    /** A one-line preview of a body for a message: tags stripped, whitespace collapsed, cut short. */
    static String preview(String text, int maxChars) {
        String flat = text.replaceAll("(?s)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("<[^>]*>", " ")
                .replaceAll("\\s+", " ")
                .trim();
        return flat.length() <= maxChars ? flat : flat.substring(0, maxChars) + "…";
    }

    /** The response's {@code Content-Type}, or {@code null}. */
    static @Nullable String contentType(Response response) {
        return response.headers().entrySet().stream()
                .filter(e -> "Content-Type".equalsIgnoreCase(e.getKey()))
                .flatMap(e -> e.getValue().stream())
                .findFirst()
                .orElse(null);
    }
}
