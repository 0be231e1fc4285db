package ai.mihu.sdk;

import feign.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import okhttp3.Headers;

/**
 * A response body {@link OkHttpTransport} has already read, within the call's deadline and the
 * client's size limit, kept with the response's OkHttp headers. The decoders take its bytes
 * directly ({@link ResponseBodies#read}), without another copy, and its headers through
 * {@link ResponseHeaders}, which says why they travel here rather than in Feign's header map.
 */
final class BufferedBody implements Response.Body {

    private final byte[] bytes;
    private final Headers headers;

    BufferedBody(byte[] bytes, Headers headers) {
        this.bytes = bytes;
        this.headers = headers;
    }

    /** The response's headers, as OkHttp read them. */
    Headers headers() {
        return headers;
    }

    /** The body itself: callers must not modify it. */
    byte[] bytes() {
        return bytes;
    }

    @Override
    public Integer length() {
        return bytes.length;
    }

    @Override
    public boolean isRepeatable() {
        return true;
    }

    @Override
    public InputStream asInputStream() {
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public Reader asReader(Charset charset) {
        return new InputStreamReader(asInputStream(), charset);
    }

    @Override
    public void close() {
        // Nothing to release: the HTTP response was closed once read.
    }
}
