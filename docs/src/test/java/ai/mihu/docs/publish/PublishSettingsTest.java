package ai.mihu.docs.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PublishSettingsTest {

    private static final String TOKEN = "portal-secret-7f3c";

    @Test
    void readsUrlAndTokenFromTheEnvironmentAndNormalisesTheBase() {
        PublishSettings settings = PublishSettings.fromEnvironment(
                Map.of("DOCS_PORTAL_URL", "https://portal.example/uploads", "DOCS_PORTAL_TOKEN", TOKEN));

        assertThat(settings.portalUrl()).hasToString("https://portal.example/uploads/");
        assertThat(settings.token()).isEqualTo(TOKEN);
    }

    @Test
    void missingVariablesAreNamed() {
        assertThatThrownBy(() -> PublishSettings.fromEnvironment(Map.of("DOCS_PORTAL_TOKEN", TOKEN)))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("Set DOCS_PORTAL_URL");
        assertThatThrownBy(() -> PublishSettings.fromEnvironment(
                        Map.of("DOCS_PORTAL_URL", "https://portal.example", "DOCS_PORTAL_TOKEN", "  ")))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("Set DOCS_PORTAL_TOKEN");
    }

    @Test
    void refusesPlainHttpToAHostOtherThanLoopback() {
        assertThatThrownBy(() -> PublishSettings.of("http://portal.example/uploads", TOKEN))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("must use https")
                .hasMessageNotContaining(TOKEN);
        assertThat(PublishSettings.of("http://127.0.0.1:8080/uploads", TOKEN).portalUrl())
                .hasToString("http://127.0.0.1:8080/uploads/");
    }

    @Test
    void refusesCredentialsQueriesAndRelativeUrls() {
        assertThatThrownBy(() -> PublishSettings.of("https://user:" + TOKEN + "@portal.example/", TOKEN))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("must not carry credentials")
                .hasMessageNotContaining(TOKEN);
        assertThatThrownBy(() -> PublishSettings.of("https://portal.example/up?x=1", TOKEN))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("query");
        assertThatThrownBy(() -> PublishSettings.of("portal.example/uploads", TOKEN))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("absolute http(s) URL");
    }

    @Test
    void tokenWithALineBreakIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> PublishSettings.of("https://portal.example", TOKEN + "\nX-Evil: 1"))
                .isInstanceOf(PublishException.class)
                .hasMessageContaining("DOCS_PORTAL_TOKEN contains whitespace")
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void toStringHidesTheToken() {
        PublishSettings settings = PublishSettings.of("https://portal.example", TOKEN);

        assertThat(settings.toString()).doesNotContain(TOKEN).contains("<redacted>");
    }
}
