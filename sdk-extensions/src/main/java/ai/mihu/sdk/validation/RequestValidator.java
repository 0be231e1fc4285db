package ai.mihu.sdk.validation;

import ai.mihu.sdk.errors.InvalidRequestException;
import ai.mihu.sdk.errors.InvalidRequestException.Violation;
import ai.mihu.sdk.model.ExtensibleEnum;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;

/**
 * Checks a request against the constraints of the API spec before anything is sent.
 *
 * <p>Runs the Jakarta Validation constraints that the generator put on the models (required
 * fields, lengths, patterns, minimums), cascading into nested objects and list items, and adds two
 * checks the annotations cannot express: a list item may not be {@code null}, and an enum value
 * ({@link ExtensibleEnum}) must be one this SDK knows or one decoded from a server's answer, so
 * that a value received from a newer server can be sent back while a misspelt one built with
 * {@code of(String)} is not sent.
 *
 * <p>Thread-safe. One Hibernate Validator instance is built once and shared, because building it
 * is expensive and using it is not.
 */
public final class RequestValidator {

    static final String MODEL_PACKAGE = "ai.mihu.sdk.model";
    /**
     * The spec's way of saying "not blank" ({@code name}): a string with a non-whitespace
     * character. Its violation is reported in words, since the regex means nothing to a caller.
     */
    private static final String NOT_BLANK_PATTERN = "^[\\s\\S]*\\S[\\s\\S]*$";

    // Hibernate Validator's default interpolator needs Jakarta EL; messages here need no
    // expressions, so the parameter interpolator keeps EL off the runtime classpath.
    // The traversable resolver's answers are not cached per call: they are a lookup already, and
    // the cache would be a map allocated on every validation.
    private static final CascadeOnlyIntoConstrained CASCADES = new CascadeOnlyIntoConstrained();
    private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .traversableResolver(CASCADES)
            .enableTraversableResolverResultCache(false)
            .buildValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    static {
        CASCADES.useMetadataOf(VALIDATOR);
    }

    private RequestValidator() {}

    /**
     * Lists every problem with a request.
     *
     * @param request a generated request model, such as {@code CreateAgentRequest}
     * @return the problems, sorted by JSON path; empty when the request is valid
     */
    public static List<Violation> validate(Object request) {
        if (request == null) {
            return List.of(new Violation("", "the request must not be null"));
        }
        List<Violation> violations = new ArrayList<>();
        for (ConstraintViolation<Object> violation : VALIDATOR.validate(request)) {
            violations.add(
                    new Violation(jsonPath(request.getClass(), violation.getPropertyPath()), message(violation)));
        }
        walk(request, null, violations);
        violations.sort(Comparator.comparing(Violation::path).thenComparing(Violation::message));
        return List.copyOf(violations);
    }

    /**
     * Throws unless a request is valid.
     *
     * @param request a generated request model, such as {@code CreateAgentRequest}
     * @throws InvalidRequestException listing every problem, when there is one
     */
    public static void requireValid(Object request) {
        List<Violation> violations = validate(request);
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
    }

    private static String message(ConstraintViolation<Object> violation) {
        if (violation.getConstraintDescriptor().getAnnotation() instanceof Pattern pattern
                && NOT_BLANK_PATTERN.equals(pattern.regexp())) {
            return "must not be blank";
        }
        return violation.getMessage();
    }

    /** Translates a Java property path ({@code guardRules[0].thenAction}) to the API's JSON names. */
    private static String jsonPath(Class<?> rootType, Path path) {
        StringBuilder json = new StringBuilder();
        Class<?> current = rootType;
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                json.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                json.append('[').append(node.getKey()).append(']');
            }
            if (node.getKind() != ElementKind.PROPERTY || node.getName() == null) {
                continue;
            }
            Optional<BeanPropertyDefinition> property = JsonPaths.property(current, node.getName());
            String name = property.map(BeanPropertyDefinition::getName).orElse(node.getName());
            if (json.length() > 0) {
                json.append('.');
            }
            json.append(name);
            current = property.<Class<?>>map(p -> JsonPaths.elementOrSelf(p.getPrimaryType()))
                    .orElse(Object.class);
        }
        return json.toString();
    }

    /** Finds null list items and enum values that may not be sent, which no annotation on the models forbids. */
    private static void walk(Object model, @Nullable Where where, List<Violation> violations) {
        for (BeanPropertyDefinition property : JsonPaths.properties(model.getClass())) {
            if (!property.hasGetter()) {
                continue;
            }
            Object value = property.getGetter().getValue(model);
            // Most values are plain strings, numbers or null, which nothing here checks.
            if (mayHoldViolation(value)) {
                check(value, new Where(where, property.getName(), -1), violations);
            }
        }
    }

    private static void check(Object value, Where where, List<Violation> violations) {
        if (value instanceof ExtensibleEnum enumValue) {
            if (!enumValue.isKnown() && !enumValue.isDecoded()) {
                violations.add(new Violation(
                        where.toString(),
                        "is \"" + enumValue.value() + "\", which this SDK does"
                                + " not know and which was not received from the server; use one of "
                                + knownValues(enumValue)));
            }
        } else if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                if (item == null) {
                    violations.add(new Violation(new Where(where, null, index).toString(), "must not be null"));
                } else if (mayHoldViolation(item)) {
                    check(item, new Where(where, null, index), violations);
                }
                index++;
            }
        } else if (isModel(value)) {
            walk(value, where, violations);
        }
    }

    /**
     * Where a checked value is: a property name or a list index under its parent. Validation runs
     * on every call and almost always finds nothing, so the JSON path text is built only for a
     * problem, not for every value checked.
     *
     * @param parent the enclosing value, {@code null} at the top level
     * @param name the JSON property name, or {@code null} for a list item
     * @param index the list index of an item
     */
    private record Where(@Nullable Where parent, @Nullable String name, int index) {

        @Override
        public String toString() {
            StringBuilder path = new StringBuilder();
            append(path);
            return path.toString();
        }

        private void append(StringBuilder path) {
            if (parent != null) {
                parent.append(path);
            }
            if (name == null) {
                path.append('[').append(index).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(name);
            }
        }
    }

    /** Whether {@link #check} could find anything in a value: an enum value, a list or a nested model. */
    private static boolean mayHoldViolation(Object value) {
        return value instanceof ExtensibleEnum || value instanceof Collection<?> || (value != null && isModel(value));
    }

    private static boolean isModel(Object value) {
        return Objects.equals(value.getClass().getPackageName(), MODEL_PACKAGE)
                && !value.getClass().isEnum()
                && !(value instanceof ExtensibleEnum);
    }

    /** The known values of an enum value's class, from its generated static {@code values()}, as the caller's hint. */
    private static String knownValues(ExtensibleEnum value) {
        try {
            List<?> constants = (List<?>) value.getClass().getMethod("values").invoke(null);
            StringBuilder names = new StringBuilder();
            for (Object constant : constants) {
                names.append(names.length() == 0 ? "" : ", ").append(((ExtensibleEnum) constant).value());
            }
            return names.toString();
        } catch (ReflectiveOperationException | ClassCastException e) {
            return "the constants of " + value.getClass().getSimpleName();
        }
    }
}
