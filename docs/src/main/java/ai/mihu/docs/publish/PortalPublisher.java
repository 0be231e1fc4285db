package ai.mihu.docs.publish;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Uploads the docs bundle and the spec to the docs portal. Each file is sent as
 * {@code PUT {portal}/{name}/{version}/{file name}} with {@code Authorization: Bearer {token}}
 * and a content type from its extension. A PUT to a versioned path is idempotent, so publishing
 * the same version twice replaces what was there.
 */
public final class PortalPublisher {

    private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final int MAX_BODY_IN_MESSAGE = 500;

    private final PublishSettings settings;
    private final HttpClient http;
    private final Consumer<String> log;

    /**
     * Creates a publisher.
     *
     * @param settings the portal URL and token
     * @param log where one line per uploaded file goes; the token is never passed to it
     */
    public PortalPublisher(PublishSettings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * Uploads the files, in order, stopping at the first failure.
     *
     * @param name the publication's name, such as {@code mihu-sdk-docs}
     * @param version the version published, such as {@code 0.1.0}
     * @param files the files to upload; each must exist
     * @return the URLs the files were uploaded to
     * @throws PublishException if a file is missing, the portal is unreachable or refuses a file
     */
    public List<URI> publish(String name, String version, List<Path> files) {
        requireSafe("name", name);
        requireSafe("version", version);
        if (files.isEmpty()) {
            throw new PublishException("Nothing to publish: no files given");
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file)) {
                throw new PublishException("Cannot publish " + file + ": no such file (build the docs "
                        + "module with 'package' or 'verify' first)");
            }
        }
        List<URI> published = new ArrayList<>();
        for (Path file : files) {
            published.add(upload(name, version, file));
        }
        return published;
    }

    private URI upload(String name, String version, Path file) {
        String fileName = file.getFileName().toString();
        requireSafe("file name", fileName);
        URI target = settings.portalUrl().resolve(name + "/" + version + "/" + fileName);
        HttpResponse<String> response;
        try {
            HttpRequest request = HttpRequest.newBuilder(target)
                    .timeout(Duration.ofMinutes(2))
                    .header("Authorization", "Bearer " + settings.token())
                    .header("Content-Type", contentType(fileName))
                    .PUT(HttpRequest.BodyPublishers.ofFile(file))
                    .build();
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new PublishException(
                    "Could not upload " + fileName + " to " + target + ": "
                            + e.getClass().getSimpleName() + " " + redact(String.valueOf(e.getMessage())),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("Interrupted while uploading " + fileName + " to " + target, e);
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new PublishException(
                    "The portal answered " + status + " to PUT " + target + ": " + abbreviate(redact(response.body())));
        }
        log.accept("Published " + fileName + " (" + size(file) + " bytes) to " + target + " -> " + status);
        return target;
    }

    private static String contentType(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")) {
            return "application/zip";
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return "application/yaml";
        }
        if (lower.endsWith(".json")) {
            return "application/json";
        }
        return "application/octet-stream";
    }

    /** A portal may echo the request's headers in an error page; never pass the token on. */
    private String redact(String text) {
        return text.replace(settings.token(), "<redacted>");
    }

    private static String abbreviate(String body) {
        String flat = body.strip().replaceAll("\\s+", " ");
        if (flat.isEmpty()) {
            return "(empty body)";
        }
        return flat.length() <= MAX_BODY_IN_MESSAGE ? flat : flat.substring(0, MAX_BODY_IN_MESSAGE) + "…";
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void requireSafe(String what, String value) {
        if (value == null || !SAFE_SEGMENT.matcher(value).matches()) {
            throw new PublishException("The " + what + " '" + value + "' cannot be a URL path segment; "
                    + "use letters, digits, '.', '_' and '-'");
        }
    }
}
