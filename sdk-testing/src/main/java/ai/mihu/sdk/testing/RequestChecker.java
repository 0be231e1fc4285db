package ai.mihu.sdk.testing;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a request reaches the API's logic, in the order a real server checks: route
 * (404, 405), bearer token (401), content type and JSON syntax (400), the body's schema (422), then
 * the values only the server can check, such as the time zone (422).
 */
final class RequestChecker {

    /** What the check found: either an error answer, or the body the request may go on with. */
    record Verdict(@Nullable Answer rejection, @Nullable JsonNode body) {
        boolean accepted() {
            return rejection == null;
        }
    }

    private static final Set<String> KNOWN_METHODS =
            Arrays.stream(Request.Method.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

    private final Contract contract;
    private final BearerAuth auth;
    private final boolean allowUndeclaredProperties;

    RequestChecker(
            Contract contract, String apiToken, BooleanSupplier tokenRevoked, boolean allowUndeclaredProperties) {
        this.contract = contract;
        this.auth = new BearerAuth(apiToken, tokenRevoked);
        this.allowUndeclaredProperties = allowUndeclaredProperties;
    }

    /**
     * Checks one request.
     *
     * @param headers the request headers, looked up regardless of case
     */
    Verdict check(String method, String path, Map<String, List<String>> headers, String body) {
        if (!KNOWN_METHODS.contains(method)) {
            return rejected(notAllowedOrNotFound(method, path));
        }
        ValidationReport report = contract.validate(method, path, headers, body, allowUndeclaredProperties);
        if (has(report, "validation.request.path.missing")) {
            return rejected(notFound(method, path));
        }
        if (has(report, "validation.request.operation.notAllowed")) {
            return rejected(notAllowedOrNotFound(method, path));
        }
        Optional<Answer> unauthorized = auth.reject(headers.getOrDefault("Authorization", List.of()));
        if (unauthorized.isPresent()) {
            return rejected(unauthorized.get());
        }
        Optional<ValidationReport.Message> contentType = first(report, "validation.request.contentType.");
        if (contentType.isPresent() || (!body.isEmpty() && !headers.containsKey("Content-Type"))) {
            return rejected(Answer.error(
                    400,
                    "INVALID_CONTENT_TYPE",
                    "The request body must be sent as JSON.",
                    contentType.map(ValidationReport.Message::getMessage).orElse("The Content-Type header is missing.")
                            + " Send 'Content-Type: application/json'.",
                    null));
        }
        if (has(report, "validation.request.body.missing")) {
            return rejected(invalidJson("The request body is empty; send a JSON object."));
        }
        JsonNode json = null;
        if (!body.isEmpty()) {
            try {
                json = MockMihuJson.MAPPER.readTree(body);
            } catch (JsonProcessingException e) {
                return rejected(invalidJson(describe(e)));
            }
        }
        List<ValidationFailures.Failure> failures = ValidationFailures.of(report);
        if (!failures.isEmpty()) {
            if (json == null || !json.isObject()) {
                return rejected(invalidJson("The request body must be a JSON object. "
                        + failures.get(0).detail()));
            }
            return rejected(ValidationFailures.answer(failures));
        }
        Optional<ValidationReport.Message> other = first(report, "validation.request.");
        if (other.isPresent()) {
            StandardErrors.Entry badRequest = StandardErrors.forStatus(400);
            return rejected(Answer.error(
                    400, badRequest.code(), badRequest.message(), other.get().getMessage(), null));
        }
        Optional<Answer> unknownTimeZone = TimeZoneRule.check(json);
        if (unknownTimeZone.isPresent()) {
            return rejected(unknownTimeZone.get());
        }
        return new Verdict(null, json);
    }

    private Answer notAllowedOrNotFound(String method, String path) {
        SortedSet<String> allowed = contract.allowedMethods(path);
        if (allowed.isEmpty()) {
            return notFound(method, path);
        }
        StandardErrors.Entry entry = StandardErrors.forStatus(405);
        return Answer.error(
                        405,
                        entry.code(),
                        entry.message(),
                        method + " is not allowed on " + path + "; allowed: " + String.join(", ", allowed) + ".",
                        null)
                .withHeader("Allow", String.join(", ", allowed));
    }

    private static Answer notFound(String method, String path) {
        StandardErrors.Entry entry = StandardErrors.forStatus(404);
        return Answer.error(
                404, entry.code(), entry.message(), "No endpoint matches " + method + " " + path + ".", null);
    }

    private static Answer invalidJson(String details) {
        return Answer.error(400, "INVALID_JSON", "The request body is not valid JSON.", details, null);
    }

    /** Jackson's own words and the position, without echoing the body. */
    private static String describe(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String where =
                location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return e.getOriginalMessage() + where + ".";
    }

    private static Verdict rejected(Answer answer) {
        return new Verdict(answer, null);
    }

    private static boolean has(ValidationReport report, String key) {
        return first(report, key).isPresent();
    }

    private static Optional<ValidationReport.Message> first(ValidationReport report, String keyPrefix) {
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .filter(message -> message.getKey().startsWith(keyPrefix))
                .findFirst();
    }
}
