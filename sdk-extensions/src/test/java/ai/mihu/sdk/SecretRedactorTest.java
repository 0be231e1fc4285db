package ai.mihu.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretRedactorTest {

    private final SecretRedactor redactor = new SecretRedactor(List.of("sk_live_abcdef123456"));

    @Test
    void masksCredentialValuesByKeyAndKeepsEverythingElse() {
        String json = "{\"name\":\"Bot\",\"webhook\":{\"url\":\"https://h\",\"auth_token\":\"whk_1\"},"
                + "\"secret\": \"s3\", \"has_secret\": true, \"client_secret\": 1234, \"Api-Key\":\"k\"}";

        assertThat(redactor.redact(json))
                .isEqualTo("{\"name\":\"Bot\",\"webhook\":{\"url\":\"https://h\","
                        + "\"auth_token\":\"[REDACTED]\"},\"secret\": \"[REDACTED]\", \"has_secret\": true, "
                        + "\"client_secret\": \"[REDACTED]\", \"Api-Key\":\"[REDACTED]\"}");
    }

    @Test
    void masksEscapedQuotesInsideSecretValues() {
        assertThat(redactor.redact("{\"auth_token\":\"a\\\"b\",\"x\":1}"))
                .isEqualTo("{\"auth_token\":\"[REDACTED]\",\"x\":1}");
    }

    @Test
    void masksASecretCutOffAtTheEndOfATruncatedBody() {
        assertThat(redactor.redact("{\"data\":{\"auth_token\":\"whk_live_abc"))
                .isEqualTo("{\"data\":{\"auth_token\":\"[REDACTED]\"");
    }

    @Test
    void masksTheConfiguredTokenWhereverItAppears() {
        assertThat(redactor.redact("Token sk_live_abcdef123456 is revoked")).isEqualTo("Token [REDACTED] is revoked");
    }

    @Test
    void masksSensitiveHeaders() {
        assertThat(redactor.headerValue("Authorization", "Bearer x")).isEqualTo("[REDACTED]");
        assertThat(redactor.headerValue("proxy-authorization", "Basic x")).isEqualTo("[REDACTED]");
        assertThat(redactor.headerValue("X-Webhook-Secret", "x")).isEqualTo("[REDACTED]");
        assertThat(redactor.headerValue("Set-Cookie", "session=x")).isEqualTo("[REDACTED]");
        assertThat(redactor.headerValue("X-Request-Id", "req-1")).isEqualTo("req-1");
    }

    @Test
    void leavesNullAndEmptyAlone() {
        assertThat(redactor.redact(null)).isNull();
        assertThat(redactor.redact("")).isEmpty();
    }
}
