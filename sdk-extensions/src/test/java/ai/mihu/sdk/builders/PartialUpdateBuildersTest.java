package ai.mihu.sdk.builders;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.sdk.spec.SpecSchemas;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The builders record what was cleared: for every nullable property of every schema marked
 * {@code x-mihu-partial-update}, {@code clear...()} puts it among the model's cleared properties
 * (sent as JSON null), a value set afterwards takes it out again, and a builder nobody cleared
 * anything on clears nothing. Builders of other bodies have no {@code clear...()} at all.
 */
class PartialUpdateBuildersTest {

    private static final SpecSchemas SPEC = SpecSchemas.ofProjectSpec();
    private static final java.util.Map<Class<?>, Object> SAMPLES = java.util.Map.of(
            String.class,
            "value",
            Boolean.class,
            Boolean.TRUE,
            java.util.UUID.class,
            java.util.UUID.fromString("7a9e2b1c-4d3f-4e5a-8b6c-0d1e2f3a4b5c"));

    record Clearable(String schema, SpecSchemas.Property property) {
        @Override
        public String toString() {
            return schema + "." + property.name();
        }
    }

    static List<String> partialUpdateSchemas() {
        return SPEC.schemaNames().stream()
                .filter(name -> SPEC.schema(name).path("x-mihu-partial-update").asBoolean(false))
                .toList();
    }

    static Stream<Clearable> clearableProperties() {
        return partialUpdateSchemas().stream()
                .flatMap(schema -> SPEC.properties(schema).values().stream()
                        .filter(p -> p.schema().path("nullable").asBoolean(false)
                                && !p.isArray()
                                && SPEC.referencedSchema(p.schema()).isEmpty())
                        .map(p -> new Clearable(schema, p)));
    }

    private static Object builder(String schema) throws Exception {
        return Class.forName("ai.mihu.sdk.builders." + schema + "s")
                .getMethod("builder")
                .invoke(null);
    }

    private static Object clearedOf(Object builder) throws Exception {
        Method toModel = builder.getClass().getDeclaredMethod("toModel");
        Object model = toModel.invoke(builder);
        return model.getClass().getMethod("getClearedProperties").invoke(model);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clearableProperties")
    void clearRecordsThePropertyUntilAValueIsSet(Clearable clearable) throws Exception {
        String name = clearable.property().name();
        Object builder = builder(clearable.schema());
        assertThat(clearedOf(builder)).as("nothing cleared yet").isEqualTo(Set.of());

        builder.getClass().getMethod("clear" + SpecSchemas.pascal(name)).invoke(builder);
        assertThat(clearedOf(builder)).as(clearable + " cleared").isEqualTo(Set.of(name));

        Method setter = Arrays.stream(builder.getClass().getMethods())
                .filter(m -> m.getName().equals(clearable.property().javaName()) && m.getParameterCount() == 1)
                .filter(m -> SAMPLES.containsKey(m.getParameterTypes()[0]))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no String, Boolean or UUID setter for " + clearable));
        setter.invoke(builder, SAMPLES.get(setter.getParameterTypes()[0]));
        assertThat(clearedOf(builder)).as(clearable + " set after clearing").isEqualTo(Set.of());
    }

    @Test
    void onlyPartialUpdateBuildersCanClear() {
        assertThat(partialUpdateSchemas()).isNotEmpty();
        for (String schema : SPEC.schemaNames()) {
            if (!SPEC.schema(schema).path("x-mihu-builder").asBoolean(false)
                    || partialUpdateSchemas().contains(schema)) {
                continue;
            }
            Class<?> builder;
            try {
                builder = Class.forName("ai.mihu.sdk.builders." + schema + "Builder");
            } catch (ClassNotFoundException e) {
                throw new AssertionError("no builder for " + schema, e);
            }
            assertThat(Arrays.stream(builder.getMethods()).map(Method::getName).filter(n -> n.startsWith("clear")))
                    .as(schema + " is not a partial update: nothing to clear")
                    .isEmpty();
        }
    }
}
