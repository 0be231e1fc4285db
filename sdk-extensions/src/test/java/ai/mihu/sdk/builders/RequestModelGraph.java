package ai.mihu.sdk.builders;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The generated request models reachable from a root model, found the way Jackson sees them:
 * nested model properties and list item types are followed, so a model the spec adds anywhere
 * under {@code CreateAgentRequest} shows up here without anyone listing it.
 */
final class RequestModelGraph {

    static final String MODEL_PACKAGE = "ai.mihu.sdk.model";
    private static final ObjectMapper INTROSPECTOR = new ObjectMapper();

    private RequestModelGraph() {
    }

    /** Every model class reachable from {@code root}, root first. */
    static Set<Class<?>> reachableFrom(Class<?> root) {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            Class<?> model = pending.removeFirst();
            if (!seen.add(model)) {
                continue;
            }
            for (BeanPropertyDefinition property : properties(model)) {
                Class<?> target = valueOrItemType(property.getPrimaryType());
                if (isModel(target)) {
                    pending.addLast(target);
                }
            }
        }
        return seen;
    }

    /**
     * The JSON properties of a model, as the encoder sends them. Only properties with a getter
     * count: Jackson also reads the fluent {@code settings(...)} method as a setter of a property
     * "tings", which nothing sends.
     */
    static List<BeanPropertyDefinition> properties(Class<?> model) {
        JavaType type = INTROSPECTOR.constructType(model);
        BeanDescription description = INTROSPECTOR.getSerializationConfig().introspect(type);
        return description.findProperties().stream().filter(BeanPropertyDefinition::hasGetter).toList();
    }

    /** The item type of a collection, else the type itself. */
    static Class<?> valueOrItemType(JavaType type) {
        return type.isCollectionLikeType() ? type.getContentType().getRawClass() : type.getRawClass();
    }

    /** A generated model class (not an enum). */
    static boolean isModel(Class<?> type) {
        return MODEL_PACKAGE.equals(type.getPackageName()) && !type.isEnum();
    }
}
