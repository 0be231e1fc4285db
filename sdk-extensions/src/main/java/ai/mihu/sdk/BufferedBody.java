package ai.mihu.sdk;

import feign.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;

/**
 * A response body {@link OkHttpTransport} has already read, within the call's deadline and the
 * client's size limit. The decoders take its bytes directly ({@link ResponseBodies#read}), without
 * another copy.
 */
final class BufferedBody implements Response.Body {

    private final byte[] bytes;

    BufferedBody(byte[] bytes) {
        this.bytes = bytes;
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
