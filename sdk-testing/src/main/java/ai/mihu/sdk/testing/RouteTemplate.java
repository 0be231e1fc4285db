package ai.mihu.sdk.testing;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One path of the contract, such as {@code /api/v1/agents/{uuid}/notes}, compiled once into a
 * pattern that matches request paths and reads their parameters, with the {@code operationId} of
 * each method the contract defines on it. Routing is derived from the contract alone: an operation
 * added to the spec is routed without code of its own.
 */
final class RouteTemplate {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}/]+)}");

    private final String template;
    private final Pattern pattern;
    private final List<String> parameterNames;
    private final Map<String, String> operationIdsByMethod;

    private RouteTemplate(String template, Map<String, String> operationIdsByMethod) {
        this.template = template;
        this.operationIdsByMethod = Map.copyOf(operationIdsByMethod);
        this.parameterNames = new ArrayList<>();
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(template);
        int literalFrom = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(literalFrom, parameter.start())))
                    .append("([^/]+)");
            parameterNames.add(parameter.group(1));
            literalFrom = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(literalFrom)));
        this.pattern = Pattern.compile(regex.toString());
    }

    /**
     * The templates of every path of the contract that has an operation with an {@code operationId},
     * those with fewer parameters first, so that a literal segment wins over a parameter.
     */
    static List<RouteTemplate> all(OpenAPI api) {
        List<RouteTemplate> templates = new ArrayList<>();
        api.getPaths().forEach((template, item) -> {
            Map<String, String> operationIds = new LinkedHashMap<>();
            item.readOperationsMap()
                    .forEach((method, operation) ->
                            operationId(operation).ifPresent(id -> operationIds.put(method.name(), id)));
            if (!operationIds.isEmpty()) {
                templates.add(new RouteTemplate(template, operationIds));
            }
        });
        templates.sort(Comparator.comparingInt(t -> t.parameterNames.size()));
        return List.copyOf(templates);
    }

    /** The route of a request path without a trailing slash, if this template and method match it. */
    Optional<Route> match(String method, String path) {
        String operationId = operationIdsByMethod.get(method.toUpperCase(Locale.ROOT));
        if (operationId == null) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < parameterNames.size(); i++) {
            parameters.put(parameterNames.get(i), decodeSegment(matcher.group(i + 1)));
        }
        return Optional.of(new Route(operationId, template, parameters));
    }

    /** The operationIds of this path's methods. */
    Collection<String> operationIds() {
        return operationIdsByMethod.values();
    }

    /** Percent-decoding of a path segment, where {@code +} is a plus sign, not a space. */
    private static String decodeSegment(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static Optional<String> operationId(Operation operation) {
        return Optional.ofNullable(operation.getOperationId()).filter(id -> !id.isBlank());
    }

    @Override
    public String toString() {
        return template + " " + operationIdsByMethod;
    }
}
