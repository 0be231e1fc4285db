package ai.mihu.sdk.builders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.mihu.sdk.errors.InvalidRequestException;
import ai.mihu.sdk.errors.InvalidRequestException.Violation;
import ai.mihu.sdk.model.ExtensibleEnum;
import ai.mihu.sdk.spec.SpecSchemas;
import ai.mihu.sdk.spec.SpecSchemas.Property;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Walks a spec, not a hand-made list: every schema a request body uses has a generated builder, and every property of it can be set under its exact JSON name, is absent when unset, is
 * enforced when required, and, for enums, is refused when the value was neither known nor received.
 */
abstract class SpecDrivenBuildersTest {

    private final SpecSchemas SPEC = spec();
    private static final String BUILDERS = "ai.mihu.sdk.builders.";
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    /** The spec whose generated builders are checked: the project's, or the generator fixture. */
    abstract SpecSchemas spec();

    /** The package, with its final dot, of the models generated from {@link #spec()}. */
    String modelPackage() {
        return "ai.mihu.sdk.model.";
    }

    @Test
    void theSpecHasRequestSchemasToWalk() {
        assertThat(SPEC.requestObjectSchemas())
                .as("object schemas used by request bodies")
                .hasSizeGreaterThan(1);
    }

    @Test
    void exactlyTheRequestObjectSchemasAreMarkedForABuilder() {
        List<String> marked = SPEC.schemaNames().stream()
                .filter(name -> SPEC.schema(name).path("x-mihu-builder").asBoolean(false))
                .toList();
        assertThat(marked)
                .as("schemas with x-mihu-builder: true; mark every schema a request body uses, and only those")
                .containsExactlyInAnyOrderElementsOf(SPEC.requestObjectSchemas());
    }

    @TestFactory
    Stream<DynamicTest> everyRequestSchemaHasABuilderAndAnEntryPointWithItsRequiredProperties() {
        return SPEC.requestObjectSchemas().stream()
                .map(schema -> DynamicTest.dynamicTest(schema, () -> {
                    Class<?> builder = Class.forName(BUILDERS + schema + "Builder");
                    Class<?> entry = Class.forName(BUILDERS + schema + "s");
                    Class<?> model = Class.forName(modelPackage() + schema);
                    assertThat(Modifier.isPublic(builder.getModifiers()) && Modifier.isFinal(builder.getModifiers()))
                            .isTrue();
                    assertThat(builder.getMethod("build").getReturnType()).isEqualTo(model);
                    assertThat(entry.getMethod("builder").getReturnType()).isEqualTo(builder);
                    long required = SPEC.properties(schema).values().stream()
                            .filter(Property::required)
                            .count();
                    if (required > 0) {
                        assertThat(Arrays.stream(entry.getMethods())
                                        .filter(m ->
                                                m.getName().equals("builder") && m.getParameterCount() == required))
                                .as("%ss.builder(...) taking the %d required properties", schema, required)
                                .hasSize(1);
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyPropertyIsSettableAndSentUnderItsExactJsonName() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String schema : SPEC.requestObjectSchemas()) {
            for (Property property : SPEC.properties(schema).values()) {
                tests.add(DynamicTest.dynamicTest(schema + "." + property.name(), () -> {
                    Object builder = newBuilder(schema);
                    set(builder, property);
                    JsonNode json = JSON.valueToTree(toModel(builder));
                    assertThat(sentNames(schema, json))
                            .as("JSON of %s after setting only %s", schema, property.name())
                            .containsExactly(property.name());
                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyTypedOverloadTheSpecAsksForExists() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String schema : SPEC.requestObjectSchemas()) {
            for (Property property : SPEC.properties(schema).values()) {
                Optional<String> javaType = property.extension("x-mihu-java-type");
                javaType.ifPresent(type -> tests.add(DynamicTest.dynamicTest(
                        schema + "." + property.name() + "(" + type + ")",
                        () -> assertThat(Class.forName(BUILDERS + schema + "Builder")
                                        .getMethod(property.javaName(), Class.forName(type)))
                                .isNotNull())));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> anUnsetBuilderSendsNoProperty() {
        return SPEC.requestObjectSchemas().stream()
                .map(schema -> DynamicTest.dynamicTest(
                        schema,
                        () -> assertThat(sentNames(schema, JSON.valueToTree(toModel(newBuilder(schema)))))
                                .isEmpty()));
    }

    @TestFactory
    Stream<DynamicTest> everyRequiredPropertyIsEnforcedAtBuild() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String schema : SPEC.requestObjectSchemas()) {
            for (Property property : SPEC.properties(schema).values()) {
                if (property.required()) {
                    tests.add(DynamicTest.dynamicTest(
                            schema + "." + property.name(),
                            () -> assertThat(violationPaths(newBuilder(schema))).contains(property.name())));
                }
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> unknownEnumValuesAreSentOnlyWhenReceived() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String schema : SPEC.requestObjectSchemas()) {
            for (Property property : SPEC.properties(schema).values()) {
                JsonNode valueSchema = property.isArray() ? property.items() : property.schema();
                Optional<String> enumSchema = SPEC.enumOf(valueSchema);
                enumSchema.ifPresent(enumName ->
                        tests.add(DynamicTest.dynamicTest(schema + "." + property.name(), () -> {
                            Class<?> enumType = Class.forName(modelPackage() + enumName);
                            String path = property.isArray() ? property.name() + "[0]" : property.name();

                            Object misspelt =
                                    enumType.getMethod("of", String.class).invoke(null, "not_a_value_of_" + enumName);
                            Object builder = newBuilder(schema);
                            setEnum(builder, property, misspelt);
                            assertThat(violationPaths(builder))
                                    .as("a value built with of(...) that the SDK does not know")
                                    .contains(path);

                            Object received = JSON.readValue("\"value_from_a_newer_server\"", enumType);
                            assertThat(((ExtensibleEnum) received).isDecoded()).isTrue();
                            builder = newBuilder(schema);
                            setEnum(builder, property, received);
                            assertThat(violationPaths(builder))
                                    .as("a value received from the server")
                                    .doesNotContain(path);
                            JsonNode sent = JSON.valueToTree(toModel(builder)).get(property.name());
                            assertThat(property.isArray() ? sent.get(0).asText() : sent.asText())
                                    .isEqualTo("value_from_a_newer_server");
                        })));
            }
        }
        return tests.stream();
    }

    private static void setEnum(Object builder, Property property, Object value) throws Exception {
        if (property.isArray()) {
            invoke(builder, property.javaName(), Collection.class, List.of(value));
        } else {
            invoke(builder, property.javaName(), value.getClass(), value);
        }
    }

    /** Sets {@code property} through the builder method the spec says it has, with a sample value. */
    private void set(Object builder, Property property) throws Exception {
        Optional<String> referenced = SPEC.referencedSchema(property.schema());
        if (property.isArray()) {
            Optional<String> item = SPEC.referencedSchema(property.items());
            if (item.isPresent() && !SPEC.isEnum(item.get())) {
                Consumer<Object> describeNothing = itemBuilder -> {};
                invoke(builder, property.adderName(), Consumer.class, describeNothing);
            } else {
                Method adder = method(builder.getClass(), property.adderName(), 1);
                invoke(
                        builder,
                        property.adderName(),
                        adder.getParameterTypes()[0],
                        sample(adder.getParameterTypes()[0]));
            }
        } else if (referenced.isPresent() && !SPEC.isEnum(referenced.get())) {
            Consumer<Object> describeNothing = nestedBuilder -> {};
            invoke(builder, property.javaName(), Consumer.class, describeNothing);
        } else if (property.isFreeFormObject()) {
            invoke(builder, property.javaName(), Map.class, Map.of("key", "value"));
        } else {
            Method setter = rawSetter(builder.getClass(), property);
            invoke(builder, property.javaName(), setter.getParameterTypes()[0], sample(setter.getParameterTypes()[0]));
        }
    }

    /** The setter that takes the model's own type, not a typed overload from x-mihu-java-type. */
    private static Method rawSetter(Class<?> builderType, Property property) throws ClassNotFoundException {
        Optional<String> javaType = property.extension("x-mihu-java-type");
        Class<?> overloadType = javaType.isPresent() ? Class.forName(javaType.get()) : null;
        return Arrays.stream(builderType.getMethods())
                .filter(m -> m.getName().equals(property.javaName()) && m.getParameterCount() == 1)
                .filter(m -> m.getParameterTypes()[0] != overloadType)
                .findFirst()
                .orElseThrow(() ->
                        new AssertionError(builderType.getSimpleName() + " has no setter " + property.javaName()));
    }

    private static Object sample(Class<?> type) throws Exception {
        if (type == String.class) {
            return "sample";
        } else if (type == Integer.class) {
            return 1;
        } else if (type == Long.class) {
            return 1L;
        } else if (type == Double.class) {
            return 0.5;
        } else if (type == Float.class) {
            return 0.5f;
        } else if (type == Boolean.class) {
            return true;
        } else if (type == URI.class) {
            return URI.create("https://hooks.example.com/mihu");
        } else if (type == UUID.class) {
            return UUID.fromString("3c90c3cc-0d44-4b50-8888-8dd25736052a");
        } else if (ExtensibleEnum.class.isAssignableFrom(type)) {
            return ((List<?>) type.getMethod("values").invoke(null)).get(0);
        }
        throw new AssertionError("no sample value for " + type + ": extend SpecDrivenBuildersTest.sample");
    }

    private static Object newBuilder(String schema) throws Exception {
        Constructor<?> constructor =
                Class.forName(BUILDERS + schema + "Builder").getDeclaredConstructor();
        return constructor.newInstance();
    }

    private static Object toModel(Object builder) throws Exception {
        Method toModel = builder.getClass().getDeclaredMethod("toModel");
        return toModel.invoke(builder);
    }

    private static List<String> violationPaths(Object builder) throws Exception {
        try {
            builder.getClass().getMethod("build").invoke(builder);
            return List.of();
        } catch (InvocationTargetException e) {
            InvalidRequestException invalid = catchThrowableOfType(InvalidRequestException.class, () -> {
                throw e.getCause();
            });
            assertThat(invalid).as("build() fails with InvalidRequestException").isNotNull();
            return invalid.violations().stream().map(Violation::path).toList();
        }
    }

    private static Method method(Class<?> type, String name, int parameters) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == parameters)
                .filter(m -> m.getParameterTypes()[0] != String.class || onlyOverload(type, name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(type.getSimpleName() + " has no method " + name));
    }

    private static boolean onlyOverload(Class<?> type, String name) {
        return Arrays.stream(type.getMethods())
                        .filter(m -> m.getName().equals(name))
                        .count()
                == 1;
    }

    private static void invoke(Object builder, String name, Class<?> parameter, Object value) throws Exception {
        Method method = Arrays.stream(builder.getClass().getMethods())
                .filter(m -> m.getName().equals(name)
                        && m.getParameterCount() == 1
                        && m.getParameterTypes()[0].isAssignableFrom(parameter))
                .findFirst()
                .orElseThrow(() -> new AssertionError(builder.getClass().getSimpleName() + " has no method " + name
                        + "(" + parameter.getSimpleName() + ")"));
        Object returned = method.invoke(builder, value);
        assertThat(returned).as("%s returns the builder", name).isSameAs(builder);
    }

    /**
     * The properties the JSON carries. The generated models always write a required property, as
     * {@code null} while unset; validation refuses to send that, so such a {@code null} is no value.
     */
    private List<String> sentNames(String schema, JsonNode json) {
        Map<String, Property> properties = SPEC.properties(schema);
        List<String> names = new ArrayList<>();
        json.fields().forEachRemaining(field -> {
            Property property = properties.get(field.getKey());
            if (!(field.getValue().isNull() && property != null && property.required())) {
                names.add(field.getKey());
            }
        });
        return names;
    }
}
