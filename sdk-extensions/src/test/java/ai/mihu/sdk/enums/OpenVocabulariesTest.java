package ai.mihu.sdk.enums;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.sdk.enums.KnownValues.Channels;
import ai.mihu.sdk.enums.KnownValues.DestinationTypes;
import ai.mihu.sdk.enums.KnownValues.IntentParameterTypes;
import ai.mihu.sdk.enums.KnownValues.PhoneNumberProviders;
import ai.mihu.sdk.enums.KnownValues.ScheduleAssignmentStatuses;
import ai.mihu.sdk.enums.KnownValues.SchedulePriorities;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The constants for the open vocabularies carry the values the API reference documents. */
class OpenVocabulariesTest {

    /** Each vocabulary class and the values documented for it (API-FACTS.md, the spec's descriptions). */
    private static final Map<Class<?>, Set<String>> DOCUMENTED = Map.of(
            DestinationTypes.class, Set.of("extension"),
            Channels.class, Set.of("phone", "whatsapp"),
            PhoneNumberProviders.class, Set.of("mihu"),
            SchedulePriorities.class, Set.of("primary"),
            ScheduleAssignmentStatuses.class, Set.of("active"),
            IntentParameterTypes.class, Set.of("string"));

    @Test
    void constantsHoldTheDocumentedWireValues() {
        assertThat(DestinationTypes.EXTENSION).isEqualTo("extension");
        assertThat(Channels.PHONE).isEqualTo("phone");
        assertThat(Channels.WHATSAPP).isEqualTo("whatsapp");
        assertThat(PhoneNumberProviders.MIHU).isEqualTo("mihu");
        assertThat(SchedulePriorities.PRIMARY).isEqualTo("primary");
        assertThat(ScheduleAssignmentStatuses.ACTIVE).isEqualTo("active");
        assertThat(IntentParameterTypes.STRING).isEqualTo("string");
    }

    @Test
    void knownListsExactlyTheConstantsOfEachVocabulary() throws Exception {
        for (Map.Entry<Class<?>, Set<String>> vocabulary : DOCUMENTED.entrySet()) {
            Class<?> type = vocabulary.getKey();
            Set<String> constants = Arrays.stream(type.getDeclaredFields())
                    .filter(OpenVocabulariesTest::isPublicStringConstant)
                    .map(OpenVocabulariesTest::valueOf)
                    .collect(Collectors.toSet());
            Method known = type.getMethod("known");
            assertThat(constants).as("constants of %s", type.getSimpleName()).isEqualTo(vocabulary.getValue());
            assertThat(known.invoke(null))
                    .as("%s.known()", type.getSimpleName())
                    .isEqualTo(vocabulary.getValue());
        }
    }

    @Test
    void vocabularyClassesCannotBeInstantiatedOrExtended() {
        for (Class<?> type : DOCUMENTED.keySet()) {
            assertThat(Modifier.isFinal(type.getModifiers()))
                    .as("%s is final", type.getSimpleName())
                    .isTrue();
            assertThat(type.getDeclaredConstructors())
                    .allSatisfy(c -> assertThat(Modifier.isPrivate(c.getModifiers()))
                            .as("%s constructor", type.getSimpleName())
                            .isTrue());
        }
    }

    private static boolean isPublicStringConstant(Field field) {
        int modifiers = field.getModifiers();
        return Modifier.isPublic(modifiers)
                && Modifier.isStatic(modifiers)
                && Modifier.isFinal(modifiers)
                && field.getType() == String.class;
    }

    private static String valueOf(Field field) {
        try {
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
