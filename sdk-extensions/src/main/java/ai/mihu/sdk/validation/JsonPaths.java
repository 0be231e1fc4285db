package ai.mihu.sdk.validation;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Knows the JSON names of the generated models' properties, so that a problem found on a Java
 * property ({@code guardRules}) is reported under the name the API uses ({@code guard_rules}).
 *
 * <p>The names come from the models' own Jackson annotations, so they cannot drift from what the
 * encoder sends.
 */
final class JsonPaths {

    private static final ObjectMapper INTROSPECTOR = new ObjectMapper();
    private static final Map<Class<?>, List<BeanPropertyDefinition>> PROPERTIES = new ConcurrentHashMap<>();

    private JsonPaths() {}

    /** The serialised properties of a model class, cached per class. */
    static List<BeanPropertyDefinition> properties(Class<?> type) {
        return PROPERTIES.computeIfAbsent(type, JsonPaths::introspect);
    }

    /** The property of {@code type} whose Java name is {@code javaName}, if it is serialised. */
    static Optional<BeanPropertyDefinition> property(Class<?> type, String javaName) {
        return properties(type).stream()
                .filter(p -> p.getInternalName().equals(javaName) || p.getName().equals(javaName))
                .findFirst();
    }

    /** The element type when {@code type} is a collection, else {@code type} itself. */
    static Class<?> elementOrSelf(JavaType type) {
        return type.isCollectionLikeType() || type.isArrayType()
                ? type.getContentType().getRawClass()
                : type.getRawClass();
    }

    private static List<BeanPropertyDefinition> introspect(Class<?> type) {
        JavaType javaType = INTROSPECTOR.constructType(type);
        BeanDescription description = INTROSPECTOR.getSerializationConfig().introspect(javaType);
        return List.copyOf(description.findProperties());
    }
}
