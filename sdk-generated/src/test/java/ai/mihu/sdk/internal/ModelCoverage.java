package ai.mihu.sdk.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finds the properties of a generated model (and of every model nested in it) that a JSON
 * document leaves out, so a "fully populated" fixture stays full when the spec gains a field.
 */
final class ModelCoverage {

    private static final String MODEL_PACKAGE = "ai.mihu.sdk.model";

    private ModelCoverage() {}

    /**
     * JSON paths of the model's properties that are absent, null, or (for lists and maps)
     * empty in {@code json}, looking into every nested model.
     */
    static List<String> gaps(Class<?> model, JsonNode json) {
        List<String> gaps = new ArrayList<>();
        collect(model, json, "", gaps);
        return gaps;
    }

    private static void collect(Class<?> model, JsonNode json, String path, List<String> gaps) {
        for (Method getter : model.getMethods()) {
            JsonProperty property = getter.getAnnotation(JsonProperty.class);
            if (property == null || getter.getParameterCount() != 0) {
                continue;
            }
            String at = path + "/" + property.value();
            JsonNode value = json.get(property.value());
            if (value == null || value.isNull() || (value.isContainerNode() && value.isEmpty())) {
                gaps.add(at);
                continue;
            }
            Type type = getter.getGenericReturnType();
            if (isModel(type)) {
                collect((Class<?>) type, value, at, gaps);
            } else if (type instanceof ParameterizedType list
                    && list.getRawType() == List.class
                    && isModel(list.getActualTypeArguments()[0])) {
                for (int i = 0; i < value.size(); i++) {
                    collect((Class<?>) list.getActualTypeArguments()[0], value.get(i), at + "/" + i, gaps);
                }
            } else if (type instanceof ParameterizedType map && map.getRawType() == Map.class && !value.isObject()) {
                gaps.add(at + " (not an object)");
            }
        }
    }

    private static boolean isModel(Type type) {
        return type instanceof Class<?> cls
                && !cls.isEnum()
                && !ai.mihu.sdk.model.ExtensibleEnum.class.isAssignableFrom(cls)
                && cls.getPackageName().equals(MODEL_PACKAGE);
    }
}
