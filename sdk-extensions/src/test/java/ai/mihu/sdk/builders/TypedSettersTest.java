package ai.mihu.sdk.builders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.mihu.sdk.errors.InvalidRequestException;
import ai.mihu.sdk.errors.InvalidRequestException.Violation;
import ai.mihu.sdk.model.CreateAgentRequest;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Setters that take the Java type for a value send the form the API expects, and refuse what it cannot mean. */
class TypedSettersTest {

    @Test
    void timezoneFromZoneIdIsSentAsItsIanaName() {
        assertThat(builder().timezone(ZoneId.of("Europe/Istanbul")).build().getTimezone())
                .isEqualTo("Europe/Istanbul");
        assertThat(builder().timezone(ZoneId.of("UTC")).build().getTimezone()).isEqualTo("UTC");
        assertThat(builder()
                        .timezone(ZoneId.of("America/Argentina/Buenos_Aires"))
                        .build()
                        .getTimezone())
                .isEqualTo("America/Argentina/Buenos_Aires");
    }

    @Test
    void timezoneRejectsFixedOffsetsBecauseTheyAreNotIanaZones() {
        for (ZoneId offset :
                new ZoneId[] {ZoneOffset.ofHours(3), ZoneOffset.UTC, ZoneId.of("GMT+3"), ZoneId.of("UTC-05:30")}) {
            InvalidRequestException thrown = catchThrowableOfType(
                    InvalidRequestException.class,
                    () -> builder().timezone(offset).build());
            assertThat(thrown).as("timezone(%s)", offset).isNotNull();
            assertThat(thrown.violations()).singleElement().satisfies(v -> {
                assertThat(v.path()).isEqualTo("timezone");
                assertThat(v.message()).contains(offset.getId()).contains("not an IANA time zone");
            });
        }
    }

    @Test
    void laterTimezoneCallReplacesARejectedOne() {
        CreateAgentRequest request = builder()
                .timezone(ZoneOffset.ofHours(3))
                .timezone("Europe/Istanbul")
                .build();

        assertThat(request.getTimezone()).isEqualTo("Europe/Istanbul");
    }

    @Test
    void timezoneStringIsSentExactlyAsGiven() {
        assertThat(builder().timezone("Antarctica/Troll").build().getTimezone()).isEqualTo("Antarctica/Troll");
    }

    @Test
    void languageFromLocaleIsSentAsItsBcp47Tag() {
        assertThat(builder().language(Locale.ENGLISH).build().getLanguage()).isEqualTo("en");
        assertThat(builder().language(Locale.forLanguageTag("pt-BR")).build().getLanguage())
                .isEqualTo("pt-BR");
        assertThat(builder()
                        .language(Locale.forLanguageTag("zh-Hant-TW"))
                        .build()
                        .getLanguage())
                .isEqualTo("zh-Hant-TW");
        assertThat(builder().language(new Locale("tr", "TR")).build().getLanguage())
                .isEqualTo("tr-TR");
    }

    @Test
    void languageRejectsALocaleWithoutALanguageInsteadOfSendingUnd() {
        for (Locale noLanguage : new Locale[] {Locale.ROOT, new Locale("", "US")}) {
            InvalidRequestException thrown = catchThrowableOfType(
                    InvalidRequestException.class,
                    () -> builder().language(noLanguage).build());
            assertThat(thrown).as("language(%s)", noLanguage.toLanguageTag()).isNotNull();
            assertThat(thrown.violations()).extracting(Violation::path).containsExactly("language");
            assertThat(thrown.violations().get(0).message()).contains("und");
        }
    }

    @Test
    void laterLanguageCallReplacesARejectedOne() {
        assertThat(builder()
                        .language(Locale.ROOT)
                        .language(Locale.GERMAN)
                        .build()
                        .getLanguage())
                .isEqualTo("de");
        assertThat(builder()
                        .language(Locale.ROOT)
                        .language((Locale) null)
                        .build()
                        .getLanguage())
                .isNull();
    }

    @Test
    void languageStringIsSentExactlyAsGiven() {
        assertThat(builder().language("en").build().getLanguage()).isEqualTo("en");
    }

    @Test
    void customLlmUrlFromUriMustBeAbsolute() {
        assertThat(builder()
                        .customLlmUrl(URI.create("https://llm.example.com/v1/chat"))
                        .build()
                        .getCustomLlmUrl())
                .isEqualTo("https://llm.example.com/v1/chat");

        InvalidRequestException thrown = catchThrowableOfType(
                InvalidRequestException.class,
                () -> builder().customLlmUrl(URI.create("/v1/chat")).build());
        assertThat(thrown.violations()).extracting(Violation::path).containsExactly("custom_llm_url");
    }

    private static CreateAgentRequestBuilder builder() {
        return CreateAgentRequests.builder("Sales Agent");
    }
}
