package ai.mihu.sdk.enums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.mihu.sdk.model.AgentSpeed;
import ai.mihu.sdk.model.AgentStatus;
import ai.mihu.sdk.model.GuardRuleAction;
import ai.mihu.sdk.model.RoutingDetectionMode;
import ai.mihu.sdk.model.WebhookEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class MihuEnumsTest {

    @Test
    void modelPackageScanFindsTheEnumsTheSpecDefines() throws Exception {
        assertThat(ModelPackage.enums()).contains(AgentStatus.class, AgentSpeed.class,
                RoutingDetectionMode.class, GuardRuleAction.class, WebhookEvent.class);
    }

    @TestFactory
    Stream<DynamicTest> everyGeneratedEnumParsesLenientlyAndKnowsItsUnknownStandIn() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Class<? extends Enum<?>> type : ModelPackage.enums()) {
            tests.add(DynamicTest.dynamicTest(type.getSimpleName(), () -> checkEnum(type)));
        }
        return tests.stream();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void checkEnum(Class<? extends Enum<?>> rawType) {
        Class type = rawType;
        assertThat(rawType.getEnumConstants()).extracting(Enum::name)
                .as("%s must decode values newer than the SDK (generator option enumUnknownDefaultCase)",
                        rawType.getSimpleName())
                .contains(MihuEnums.UNKNOWN_CONSTANT_NAME);
        Enum<?> unknown = (Enum<?>) Enum.valueOf(type, MihuEnums.UNKNOWN_CONSTANT_NAME);
        assertThat(MihuEnums.isKnown(unknown)).isFalse();
        assertThat(MihuEnums.parse(type, unknown.name())).isEmpty();
        assertThat(MihuEnums.parse(type, MihuEnums.wireValue(unknown))).isEmpty();
        assertThat(MihuEnums.knownValues(type)).doesNotContain(unknown)
                .hasSize(rawType.getEnumConstants().length - 1);

        for (Enum<?> constant : rawType.getEnumConstants()) {
            if (constant == unknown) {
                continue;
            }
            String wire = MihuEnums.wireValue(constant);
            assertThat(MihuEnums.isKnown(constant)).as("isKnown(%s)", constant.name()).isTrue();
            for (String text : List.of(wire, constant.name(), " " + wire.toUpperCase(Locale.ROOT) + "\t",
                    "\n" + constant.name().toLowerCase(Locale.ROOT) + " ", mixCase(wire))) {
                Optional<Object> parsed = MihuEnums.parse(type, text);
                assertThat(parsed).as("parse(%s, \"%s\")", rawType.getSimpleName(), text).contains(constant);
            }
        }
        assertThat(MihuEnums.parse(type, "a value no server sends")).isEmpty();
    }

    @Test
    void parseAcceptsTheWireValueAndTheConstantName() {
        assertThat(MihuEnums.parse(AgentStatus.class, "in_progress")).contains(AgentStatus.IN_PROGRESS);
        assertThat(MihuEnums.parse(AgentStatus.class, "IN_PROGRESS")).contains(AgentStatus.IN_PROGRESS);
        assertThat(MihuEnums.parse(AgentStatus.class, " Ready ")).contains(AgentStatus.READY);
        assertThat(MihuEnums.parse(GuardRuleAction.class, "End_Conversation")).contains(GuardRuleAction.END_CONVERSATION);
    }

    @Test
    void parseReturnsEmptyForNullBlankAndUnknownText() {
        assertThat(MihuEnums.parse(AgentStatus.class, null)).isEmpty();
        assertThat(MihuEnums.parse(AgentStatus.class, "")).isEmpty();
        assertThat(MihuEnums.parse(AgentStatus.class, "   ")).isEmpty();
        assertThat(MihuEnums.parse(AgentStatus.class, "archived")).isEmpty();
        assertThat(MihuEnums.parse(AgentStatus.class, "in progress")).isEmpty();
    }

    @Test
    void parseNeverReturnsTheUnknownStandIn() {
        assertThat(MihuEnums.parse(AgentStatus.class, "UNKNOWN_DEFAULT_OPEN_API")).isEmpty();
        assertThat(MihuEnums.parse(AgentStatus.class, " unknown_default_open_api ")).isEmpty();
    }

    @Test
    void parseDoesNotDependOnTheDefaultLocale() {
        Locale previous = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            // Under Turkish rules "I".toLowerCase() is a dotless ı, which would miss "in_progress".
            assertThat(MihuEnums.parse(AgentStatus.class, "IN_PROGRESS")).contains(AgentStatus.IN_PROGRESS);
            assertThat(MihuEnums.parse(WebhookEvent.class, "INTENT_CALL")).contains(WebhookEvent.INTENT_CALL);
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void isKnownIsFalseForNullAndForAValueNewerThanTheSdk() throws Exception {
        AgentStatus decoded = new ObjectMapper().readValue("\"archived\"", AgentStatus.class);

        assertThat(decoded).isEqualTo(AgentStatus.UNKNOWN_DEFAULT_OPEN_API);
        assertThat(MihuEnums.isKnown(decoded)).isFalse();
        assertThat(MihuEnums.isKnown(null)).isFalse();
        assertThat(MihuEnums.isKnown(AgentStatus.PAUSED)).isTrue();
    }

    @Test
    void knownValuesListsEveryRealValueInDeclarationOrder() {
        assertThat(MihuEnums.knownValues(WebhookEvent.class)).containsExactly(
                WebhookEvent.CONVERSATION_STATUS, WebhookEvent.CONVERSATION_END_REPORT,
                WebhookEvent.CONVERSATION_UPDATE, WebhookEvent.VOICE_EVALUATION,
                WebhookEvent.TEXT_EVALUATION, WebhookEvent.INTENT_CALL);
        assertThatThrownBy(() -> MihuEnums.knownValues(AgentStatus.class).add(AgentStatus.PAUSED))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void wireValueIsWhatJacksonSends() {
        assertThat(MihuEnums.wireValue(AgentStatus.IN_PROGRESS)).isEqualTo("in_progress");
        assertThat(MihuEnums.wireValue(GuardRuleAction.END_CONVERSATION)).isEqualTo("end_conversation");
    }

    @Test
    void worksForEnumsWithoutAWireValue() {
        assertThat(MihuEnums.parse(Locale.Category.class, " display ")).contains(Locale.Category.DISPLAY);
        assertThat(MihuEnums.isKnown(Locale.Category.FORMAT)).isTrue();
    }

    private static String mixCase(String text) {
        StringBuilder mixed = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            mixed.append(i % 2 == 0 ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return mixed.toString();
    }
}
