package ai.mihu.sdk.enums;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.sdk.model.ExtensibleEnum;
import ai.mihu.sdk.spec.SpecSchemas;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Walks the enum schemas of a spec: each is a generated extensible value class with a
 * constant per value, a value it does not know is kept as received and written back unchanged, and
 * only a decoded unknown value counts as received.
 */
abstract class SpecDrivenEnumsTest {

    private final SpecSchemas SPEC = spec();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The spec whose generated enums are checked: the project's, or the generator fixture. */
    abstract SpecSchemas spec();

    @Test
    void theSpecHasEnumsToWalk() {
        assertThat(SPEC.enumSchemas()).isNotEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyEnumValueHasAConstantInTheSpecsOrder() {
        return SPEC.enumSchemas().stream()
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    Class<?> type = enumClass(name);
                    assertThat(ExtensibleEnum.class).isAssignableFrom(type);
                    assertThat(Modifier.isFinal(type.getModifiers())).isTrue();
                    List<String> specValues = specValues(name);
                    List<String> constants = new ArrayList<>();
                    for (Object constant : values(type)) {
                        constants.add(((ExtensibleEnum) constant).value());
                    }
                    assertThat(constants).isEqualTo(specValues);
                    for (String value : specValues) {
                        String constantName = value.toUpperCase(Locale.ROOT);
                        Object constant = type.getField(constantName).get(null);
                        assertThat(((ExtensibleEnum) constant).value()).isEqualTo(value);
                        assertThat(constantName)
                                .as("a value whose constant would clash with Known.UNKNOWN")
                                .isNotEqualTo("UNKNOWN");
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> knownValuesDecodeToTheirConstantsAndSwitchByName() {
        return SPEC.enumSchemas().stream()
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    Class<?> type = enumClass(name);
                    for (String value : specValues(name)) {
                        Object decoded = JSON.readValue(JSON.writeValueAsString(value), type);
                        Object constant =
                                type.getField(value.toUpperCase(Locale.ROOT)).get(null);
                        assertThat(decoded).isSameAs(constant);
                        assertThat(((ExtensibleEnum) decoded).isKnown()).isTrue();
                        assertThat(((Enum<?>) type.getMethod("known").invoke(decoded)).name())
                                .isEqualTo(value.toUpperCase(Locale.ROOT));
                        assertThat(JSON.writeValueAsString(decoded)).isEqualTo(JSON.writeValueAsString(value));
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> anUnknownValueIsKeptAsReceivedAndWrittenBackUnchanged() {
        return SPEC.enumSchemas().stream()
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    Class<?> type = enumClass(name);
                    Object decoded = JSON.readValue("\"Added-Later value\"", type);
                    ExtensibleEnum value = (ExtensibleEnum) decoded;

                    assertThat(value.value()).isEqualTo("Added-Later value");
                    assertThat(value.isKnown()).isFalse();
                    assertThat(value.isDecoded()).isTrue();
                    assertThat(((Enum<?>) type.getMethod("known").invoke(decoded)).name())
                            .isEqualTo("UNKNOWN");
                    assertThat(JSON.writeValueAsString(decoded)).isEqualTo("\"Added-Later value\"");
                    assertThat(decoded)
                            .isEqualTo(type.getMethod("of", String.class).invoke(null, "Added-Later value"));
                }));
    }

    @TestFactory
    Stream<DynamicTest> aValueBuiltInCodeIsNotReceivedUnlessItIsKnown() {
        return SPEC.enumSchemas().stream()
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    Class<?> type = enumClass(name);
                    ExtensibleEnum misspelt =
                            (ExtensibleEnum) type.getMethod("of", String.class).invoke(null, "misspelt");
                    assertThat(misspelt.isKnown()).isFalse();
                    assertThat(misspelt.isDecoded()).isFalse();
                    String first = specValues(name).get(0);
                    assertThat(type.getMethod("of", String.class).invoke(null, first))
                            .isSameAs(type.getField(first.toUpperCase(Locale.ROOT))
                                    .get(null));
                }));
    }

    @TestFactory
    Stream<DynamicTest> parseIsLenientAboutCaseAndSpacesAndNeverInventsAValue() {
        return SPEC.enumSchemas().stream()
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    Class<?> type = enumClass(name);
                    for (String value : specValues(name)) {
                        Object constant =
                                type.getField(value.toUpperCase(Locale.ROOT)).get(null);
                        assertThat(parse(type, "  " + value.toUpperCase(Locale.ROOT) + " "))
                                .contains(constant);
                        assertThat(parse(type, value)).contains(constant);
                    }
                    assertThat(parse(type, "no such value")).isEmpty();
                    assertThat(parse(type, "unknown")).isEmpty();
                    assertThat(parse(type, "   ")).isEmpty();
                    assertThat(parse(type, null)).isEmpty();
                }));
    }

    @SuppressWarnings("unchecked")
    static Optional<Object> parse(Class<?> type, String text) throws Exception {
        return (Optional<Object>) type.getMethod("parse", String.class).invoke(null, text);
    }

    private static List<?> values(Class<?> type) throws Exception {
        return (List<?>) type.getMethod("values").invoke(null);
    }

    private List<String> specValues(String name) {
        List<String> values = new ArrayList<>();
        for (JsonNode value : SPEC.schema(name).path("enum")) {
            values.add(value.asText());
        }
        return values;
    }

    /** The package, with its final dot, of the models generated from the walked spec. */
    String modelPackage() {
        return "ai.mihu.sdk.model.";
    }

    private Class<?> enumClass(String name) throws ClassNotFoundException {
        return Class.forName(modelPackage() + name);
    }
}
