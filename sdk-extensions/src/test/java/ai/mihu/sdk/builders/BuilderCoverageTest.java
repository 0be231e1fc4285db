package ai.mihu.sdk.builders;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import ai.mihu.sdk.model.AgentSettingsInput;
import ai.mihu.sdk.model.AppointmentsConfig;
import ai.mihu.sdk.model.CreateAgentRequest;
import ai.mihu.sdk.model.GuardRuleInput;
import ai.mihu.sdk.model.GuidelineInput;
import ai.mihu.sdk.model.NoteInput;
import ai.mihu.sdk.model.ProcedureInput;
import ai.mihu.sdk.model.ProcedureStep;
import ai.mihu.sdk.model.RoutingRuleInput;
import ai.mihu.sdk.model.ScheduleAssignment;
import ai.mihu.sdk.model.TrainingExampleInput;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the builders level with the spec: every property of every generated request model must
 * be settable through its builder, so a property added to the spec turns this test red until a
 * builder method exists for it.
 *
 * <p>Builder methods are found by convention from the model's Java property name:
 * <ul>
 *   <li>a plain value {@code foo} (string, number, boolean, UUID, enum, free-form map): {@code foo(T)};</li>
 *   <li>a nested model {@code foo}: {@code foo(Consumer<FooBuilder>)};</li>
 *   <li>a list {@code foos}: {@code addFoo(T)} for plain items, {@code addFoo(Consumer<FooBuilder>)}
 *       for model items (singular by dropping the final "s", or from {@link #IRREGULAR_ADDERS}).</li>
 * </ul>
 */
class BuilderCoverageTest {

    /** Which builder builds which request model. Checked both ways against the model graph. */
    private static final Map<Class<?>, Class<?>> BUILDERS = Map.ofEntries(
            entry(CreateAgentRequest.class, CreateAgentRequestBuilder.class),
            entry(AgentSettingsInput.class, AgentSettingsBuilder.class),
            entry(GuidelineInput.class, GuidelineBuilder.class),
            entry(NoteInput.class, NoteBuilder.class),
            entry(ProcedureInput.class, ProcedureBuilder.class),
            entry(ProcedureStep.class, ProcedureStepBuilder.class),
            entry(TrainingExampleInput.class, TrainingExampleBuilder.class),
            entry(AppointmentsConfig.class, AppointmentsBuilder.class),
            entry(ScheduleAssignment.class, ScheduleAssignmentBuilder.class),
            entry(RoutingRuleInput.class, RoutingRuleBuilder.class),
            entry(GuardRuleInput.class, GuardRuleBuilder.class));

    /** List properties whose adder is not "add" + the property name without its final "s". */
    private static final Map<String, String> IRREGULAR_ADDERS = Map.of("training", "addTrainingExample");

    @Test
    void everyRequestModelReachableFromCreateAgentRequestHasExactlyOneMappedBuilder() {
        assertThat(RequestModelGraph.reachableFrom(CreateAgentRequest.class))
                .as("request models reachable from CreateAgentRequest; map each new one to a builder in BUILDERS")
                .containsExactlyInAnyOrderElementsOf(BUILDERS.keySet());
    }

    @Test
    void everyMappedBuilderBuildsAFreshInstanceOfItsModel() throws Exception {
        for (Map.Entry<Class<?>, Class<?>> mapping : BUILDERS.entrySet()) {
            Method toModel = mapping.getValue().getDeclaredMethod("toModel");
            assertThat(toModel.getReturnType()).as("%s.toModel()", mapping.getValue().getSimpleName())
                    .isEqualTo(mapping.getKey());
            Object builder = newBuilder(mapping.getValue());
            Object first = toModel.invoke(builder);
            Object second = toModel.invoke(builder);
            assertThat(first).isInstanceOf(mapping.getKey()).isNotSameAs(second);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyPropertyOfEveryRequestModelCanBeSetThroughItsBuilder() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<?> model : RequestModelGraph.reachableFrom(CreateAgentRequest.class)) {
            for (BeanPropertyDefinition property : RequestModelGraph.properties(model)) {
                tests.add(DynamicTest.dynamicTest(model.getSimpleName() + "." + property.getName(),
                        () -> assertBuilderSets(model, property)));
            }
        }
        assertThat(tests).as("properties found by reflection").hasSizeGreaterThan(50);
        return tests.stream();
    }

    private static void assertBuilderSets(Class<?> model, BeanPropertyDefinition property) throws Exception {
        Class<?> builderType = BUILDERS.get(model);
        if (builderType == null) {
            fail("%s has no builder: add one and map it in BuilderCoverageTest.BUILDERS", model.getSimpleName());
        }
        Object builder = newBuilder(builderType);
        JavaType type = property.getPrimaryType();
        String javaName = property.getInternalName();
        Object value;
        if (type.isCollectionLikeType()) {
            value = setListItem(builderType, builder, javaName, type.getContentType().getRawClass());
        } else if (RequestModelGraph.isModel(type.getRawClass())) {
            value = setNested(builderType, builder, javaName, javaName, type.getRawClass());
        } else {
            value = sample(type.getRawClass(), property.getName());
            invoke(plainSetter(builderType, javaName, type.getRawClass()), builder, value);
        }
        Object built = builderType.getDeclaredMethod("toModel").invoke(builder);
        Object actual = property.getGetter().getValue(built);
        if (value instanceof Class<?> nestedType) {
            assertThat(actual).as("%s.%s", model.getSimpleName(), property.getName()).isInstanceOf(nestedType);
        } else if (value instanceof NestedItem item) {
            assertThat(actual).as("%s.%s", model.getSimpleName(), property.getName())
                    .asInstanceOf(LIST)
                    .singleElement().isInstanceOf(item.type());
        } else {
            assertThat(actual).as("%s.%s", model.getSimpleName(), property.getName()).isEqualTo(value);
        }
    }

    /** Appends one item; returns what the model's list should then hold. */
    private static Object setListItem(Class<?> builderType, Object builder, String javaName, Class<?> itemType)
            throws Exception {
        String adder = IRREGULAR_ADDERS.getOrDefault(javaName, "add" + capitalise(singular(javaName)));
        if (RequestModelGraph.isModel(itemType)) {
            setNested(builderType, builder, adder, javaName, itemType);
            return new NestedItem(itemType);
        }
        Object item = sample(itemType, javaName);
        invoke(plainSetter(builderType, adder, itemType), builder, item);
        return List.of(item);
    }

    /** Calls {@code method(Consumer<ItemBuilder>)} and checks the lambda got the mapped builder. */
    private static Object setNested(Class<?> builderType, Object builder, String methodName, String javaName,
            Class<?> nestedModel) throws Exception {
        Class<?> nestedBuilder = BUILDERS.get(nestedModel);
        if (nestedBuilder == null) {
            fail("%s (reached through %s.%s) has no builder: add one and map it in BuilderCoverageTest.BUILDERS",
                    nestedModel.getSimpleName(), builderType.getSimpleName(), javaName);
        }
        Method method = Arrays.stream(builderType.getMethods())
                .filter(m -> m.getName().equals(methodName) && m.getParameterCount() == 1)
                .filter(m -> isConsumerOf(m.getGenericParameterTypes()[0], nestedBuilder))
                .findFirst()
                .orElseThrow(() -> new AssertionError(builderType.getSimpleName() + " has no method "
                        + methodName + "(Consumer<" + nestedBuilder.getSimpleName() + ">) for property " + javaName));
        assertThat(method.getReturnType()).as("%s.%s is fluent", builderType.getSimpleName(), methodName)
                .isEqualTo(builderType);
        AtomicReference<Object> received = new AtomicReference<>();
        Consumer<Object> customizer = received::set;
        invoke(method, builder, customizer);
        assertThat(received.get()).as("the lambda of %s.%s receives a %s", builderType.getSimpleName(), methodName,
                nestedBuilder.getSimpleName()).isInstanceOf(nestedBuilder);
        return nestedModel;
    }

    /** A one-argument, fluent method {@code name} that accepts a value of {@code valueType}. */
    private static Method plainSetter(Class<?> builderType, String name, Class<?> valueType) {
        Optional<Method> setter = Arrays.stream(builderType.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == 1)
                .filter(m -> boxed(m.getParameterTypes()[0]).isAssignableFrom(boxed(valueType)))
                .findFirst();
        Method method = setter.orElseThrow(() -> new AssertionError(builderType.getSimpleName()
                + " has no method " + name + "(" + valueType.getSimpleName() + ")"));
        assertThat(method.getReturnType()).as("%s.%s is fluent", builderType.getSimpleName(), name)
                .isEqualTo(builderType);
        return method;
    }

    /** A value distinct from the default (unset) one, for each kind of property the spec uses. */
    private static Object sample(Class<?> type, String jsonName) {
        if (type == String.class) {
            return "sample " + jsonName;
        } else if (type == Integer.class) {
            return 7;
        } else if (type == Long.class) {
            return 7L;
        } else if (type == Double.class) {
            return 0.5;
        } else if (type == Boolean.class) {
            return Boolean.TRUE;
        } else if (type == UUID.class) {
            return UUID.nameUUIDFromBytes(jsonName.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } else if (type.isEnum()) {
            return Arrays.stream(type.getEnumConstants())
                    .filter(c -> !((Enum<?>) c).name().equals("UNKNOWN_DEFAULT_OPEN_API"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(type.getSimpleName() + " has no known constant"));
        } else if (Map.class.isAssignableFrom(type)) {
            return Map.of("sample", jsonName);
        }
        throw new AssertionError("No sample value for type " + type.getName() + " of property " + jsonName
                + ": teach BuilderCoverageTest.sample about it");
    }

    private static boolean isConsumerOf(Type parameter, Class<?> builderType) {
        return parameter instanceof ParameterizedType generic
                && generic.getRawType() == Consumer.class
                && generic.getActualTypeArguments()[0] == builderType;
    }

    private static Object newBuilder(Class<?> builderType) throws Exception {
        return builderType.getDeclaredConstructor().newInstance();
    }

    private static void invoke(Method method, Object target, Object argument) throws Exception {
        try {
            method.invoke(target, argument);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "double" -> Double.class;
            case "boolean" -> Boolean.class;
            default -> throw new AssertionError("unexpected primitive " + type);
        };
    }

    private static String singular(String plural) {
        return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
    }

    private static String capitalise(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Marks a list property whose single item must be a fresh instance of {@code type}. */
    private record NestedItem(Class<?> type) {
    }
}
