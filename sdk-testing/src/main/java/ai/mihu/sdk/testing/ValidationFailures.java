package ai.mihu.sdk.testing;

import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the body-schema messages of a validation report as the API's validation errors: the field
 * each one names, in the API's {@code guard_rules[0].then_action} form, and a readable detail.
 */
final class ValidationFailures {

    static final String SCHEMA_KEY_PREFIX = "validation.request.body.schema.";

    /** The most problems listed in one {@code error.details}; the rest are counted. */
    private static final int MAX_LISTED = 5;

    // The texts of the json-schema-validator under the Atlassian validator name these lists.
    private static final Pattern MISSING = Pattern.compile("missing required properties \\((\\[.*?])\\)");
    private static final Pattern UNDECLARED = Pattern.compile("not allowed by the schema: (\\[.*?])");
    private static final Set<String> COMBINATORS = Set.of("allOf", "anyOf", "oneOf");
    private static final Pattern PATH_PREFIX = Pattern.compile("^\\[Path '[^']*'] ");

    /** One problem: the field it concerns ({@code ""} for the body itself) and what is wrong. */
    record Failure(String field, String detail) {}

    private ValidationFailures() {}

    /** The body-schema problems of a report, in the validator's order. */
    static List<Failure> of(ValidationReport report) {
        List<Failure> failures = new ArrayList<>();
        for (ValidationReport.Message message : report.getMessages()) {
            if (message.getLevel() == ValidationReport.Level.ERROR
                    && message.getKey().startsWith(SCHEMA_KEY_PREFIX)) {
                failures.add(failure(message));
            }
        }
        return failures;
    }

    /** The 422 answer for problems found in a body that is a JSON object. */
    static Answer answer(List<Failure> failures) {
        Failure first = failures.get(0);
        StringBuilder details = new StringBuilder(first.detail());
        int listed = Math.min(failures.size(), MAX_LISTED);
        for (int i = 1; i < listed; i++) {
            details.append("; ").append(failures.get(i).detail());
        }
        if (failures.size() > listed) {
            details.append("; and ").append(failures.size() - listed).append(" more");
        }
        return Answer.error(422, "VALIDATION_ERROR", "The given data was invalid.", details.toString(), first.field());
    }

    private static Failure failure(ValidationReport.Message message) {
        String keyword = message.getKey().substring(SCHEMA_KEY_PREFIX.length());
        String pointer = message.getContext()
                .flatMap(ValidationReport.MessageContext::getPointers)
                .map(p -> p.getInstance())
                .orElse("");
        String text = PATH_PREFIX.matcher(describing(message)).replaceFirst("");
        if ("required".equals(keyword)) {
            Optional<String> missing = firstListed(MISSING, text);
            if (missing.isPresent()) {
                String field = FieldPath.of(pointer, missing.get());
                return new Failure(field, "The " + field + " field is required.");
            }
        }
        if ("additionalProperties".equals(keyword)) {
            Optional<String> undeclared = firstListed(UNDECLARED, text);
            if (undeclared.isPresent()) {
                String field = FieldPath.of(pointer, undeclared.get());
                return new Failure(field, "The " + field + " field is not part of the API.");
            }
        }
        String field = FieldPath.of(pointer, null);
        return new Failure(field, field.isEmpty() ? text : field + ": " + text);
    }

    /**
     * The message's text, or for a failed {@code allOf}/{@code anyOf}/{@code oneOf} (an enum behind a
     * {@code $ref}, say) the text of its first nested message, which says what is actually wrong.
     */
    private static String describing(ValidationReport.Message message) {
        List<ValidationReport.Message> nested = message.getNestedMessages();
        return COMBINATORS.contains(message.getKey().substring(SCHEMA_KEY_PREFIX.length())) && !nested.isEmpty()
                ? nested.get(0).getMessage()
                : message.getMessage();
    }

    /** The first name of a JSON list such as {@code ["name","role"]} that the pattern captures. */
    private static Optional<String> firstListed(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            List<String> names = MockMihuJson.MAPPER.readValue(matcher.group(1), new TypeReference<List<String>>() {});
            return names.stream().findFirst();
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
