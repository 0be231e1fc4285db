package ai.mihu.sdk.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelLoader;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.util.OpenApiLoader;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The API contract as published by the {@code mihu-spec} artifact, read from the classpath, and the
 * Atlassian validator that checks requests against it.
 *
 * <p>Parsing the contract and building the validator cost about a second on a cold JVM, so it is
 * done once per class loader and shared by every server; the validators are thread-safe.
 */
final class Contract {

    /** Where the {@code mihu-spec} artifact puts the contract. */
    static final String SPEC_RESOURCE = "ai/mihu/spec/openapi.yaml";

    private static final String ADDITIONAL_PROPERTIES = "validation.request.body.schema.additionalProperties";

    private static @Nullable Contract shared;

    private final OpenAPI api;
    private final List<RouteTemplate> routes;
    private final Map<String, Set<String>> requestProperties;
    private final OpenApiInteractionValidator lenientValidator;
    /** Built on first use: few servers reject undeclared properties. */
    private volatile @Nullable OpenApiInteractionValidator strictValidator;

    private Contract(OpenAPI api) {
        this.api = api;
        this.routes = RouteTemplate.all(api);
        this.requestProperties = requestPropertiesByOperation(api);
        this.lenientValidator = validator(api, true);
    }

    /**
     * The contract, parsed on first use. Not a static holder: a failure (such as a missing spec
     * artifact) then reaches every caller as itself, not as a class-initialisation error.
     */
    static synchronized Contract shared() {
        if (shared == null) {
            shared = load();
        }
        return shared;
    }

    /** Parses the contract and builds its validator afresh; {@link #shared()} does it once per JVM. */
    static Contract load() {
        return new Contract(parse());
    }

    /**
     * Checks a request against the contract.
     *
     * @param allowUndeclaredProperties whether body properties the schema does not declare pass, as
     *     OpenAPI allows when a schema does not say {@code additionalProperties: false}
     */
    ValidationReport validate(
            String method,
            String path,
            Map<String, List<String>> headers,
            String body,
            boolean allowUndeclaredProperties) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(method, path);
        // The mock checks the bearer token itself; the token is kept away from the validator and its logs.
        headers.forEach((name, values) -> {
            if (!"Authorization".equalsIgnoreCase(name)) {
                request.withHeader(name, values);
            }
        });
        if (!body.isEmpty()) {
            request.withBody(body, StandardCharsets.UTF_8);
        }
        OpenApiInteractionValidator validator = allowUndeclaredProperties ? lenientValidator : strictValidator();
        return validator.validateRequest(request.build());
    }

    private OpenApiInteractionValidator strictValidator() {
        OpenApiInteractionValidator validator = strictValidator;
        if (validator == null) {
            synchronized (this) {
                validator = strictValidator;
                if (validator == null) {
                    validator = validator(api, false);
                    strictValidator = validator;
                }
            }
        }
        return validator;
    }

    /**
     * The methods the contract defines on a path, for the {@code Allow} header of a 405.
     *
     * @return upper-case method names, sorted; empty if no path of the contract matches
     */
    SortedSet<String> allowedMethods(String path) {
        TreeSet<String> methods = new TreeSet<>();
        api.getPaths().forEach((template, item) -> {
            if (matches(template, path)) {
                item.readOperationsMap().keySet().forEach(method -> methods.add(method.name()));
            }
        });
        return methods;
    }

    /**
     * The operation of the contract a request names: its {@code operationId} and path parameters.
     *
     * @param method the HTTP method, in upper case
     * @param path the request path, with or without a trailing slash
     * @return the route, or empty when no path and method of the contract match
     */
    Optional<Route> route(String method, String path) {
        String normalised = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        for (RouteTemplate template : routes) {
            Optional<Route> route = template.match(method, normalised);
            if (route.isPresent()) {
                return route;
            }
        }
        return Optional.empty();
    }

    /**
     * Every {@code operationId} of the contract.
     *
     * @return the ids, sorted
     */
    SortedSet<String> operationIds() {
        SortedSet<String> ids = new TreeSet<>();
        routes.forEach(template -> ids.addAll(template.operationIds()));
        return Collections.unmodifiableSortedSet(ids);
    }

    /**
     * The top-level properties the request body of an operation declares, following a {@code $ref}
     * to the components' schemas.
     *
     * @return the property names; empty for an operation without a JSON object body
     */
    Set<String> requestProperties(String operationId) {
        return requestProperties.getOrDefault(operationId, Set.of());
    }

    private static Map<String, Set<String>> requestPropertiesByOperation(OpenAPI api) {
        Map<String, Set<String>> byOperation = new HashMap<>();
        for (PathItem item : api.getPaths().values()) {
            for (Operation operation : item.readOperations()) {
                if (operation.getOperationId() != null) {
                    byOperation.put(operation.getOperationId(), declaredProperties(api, operation));
                }
            }
        }
        return Map.copyOf(byOperation);
    }

    private static Set<String> declaredProperties(OpenAPI api, Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return Set.of();
        }
        MediaType json = operation.getRequestBody().getContent().get(Answer.JSON);
        Schema<?> schema = json == null ? null : json.getSchema();
        if (schema != null && schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            schema = api.getComponents().getSchemas().get(name);
        }
        if (schema == null || schema.getProperties() == null) {
            return Set.of();
        }
        return Set.copyOf(schema.getProperties().keySet());
    }

    /** A request path without a trailing slash matches {@code /agents/{uuid}}-style templates. */
    private static boolean matches(String template, String path) {
        String regex = Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
        String normalised = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return normalised.matches(regex);
    }

    private static OpenApiInteractionValidator validator(OpenAPI api, boolean allowUndeclaredProperties) {
        LevelResolver.Builder levels = LevelResolver.create()
                // The library's own defaults only: level files in the user's working directory or on the
                // classpath must not change the mock's answers (and looking for them logs a line each).
                .withLoader(LevelLoader.defaultsLoader())
                // Authentication is the mock's own check (401 before any body problem).
                .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                // The contract documents no 406; clients may send any Accept header.
                .withLevel("validation.request.accept", ValidationReport.Level.IGNORE);
        if (allowUndeclaredProperties) {
            levels.withLevel(ADDITIONAL_PROPERTIES, ValidationReport.Level.IGNORE);
        }
        return OpenApiInteractionValidator.createFor(api)
                .withLevelResolver(levels.build())
                .build();
    }

    private static OpenAPI parse() {
        ClassLoader loader = Contract.class.getClassLoader();
        String yaml;
        try (InputStream in = loader.getResourceAsStream(SPEC_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SPEC_RESOURCE
                        + " is not on the classpath; MockMihuServer needs the ai.mihu:mihu-spec artifact");
            }
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + SPEC_RESOURCE, e);
        }
        // Parsed here, once per JVM, so both validators and the Allow header share one parse. References
        // are resolved but not inlined ("resolve fully"): the validator follows $refs itself, and the
        // parser's full resolution logs a DEBUG line for every schema used twice, which a project
        // on Logback's default configuration would see on its console.
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(false);
        options.setResolveCombinators(false);
        return new OpenApiLoader().loadApi(OpenApiInteractionValidator.SpecSource.inline(yaml), List.of(), options);
    }
}
