package ai.mihu.sdk.contracts.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BrokerSettingsTest {

    @Test
    void readsUrlAndTokenFromTheEnvironment() {
        BrokerSettings settings = BrokerSettings.fromEnvironment(
                Map.of("PACT_BROKER_BASE_URL", "https://mihu.pactflow.io", "PACT_BROKER_TOKEN", "secret-token"));

        assertThat(settings.baseUrl()).isEqualTo(URI.create("https://mihu.pactflow.io"));
        assertThat(settings.token()).hasValue("secret-token");
    }

    @Test
    void neverPrintsTheToken() {
        BrokerSettings settings = BrokerSettings.fromEnvironment(
                Map.of("PACT_BROKER_BASE_URL", "https://mihu.pactflow.io", "PACT_BROKER_TOKEN", "secret-token"));

        assertThat(settings.toString()).doesNotContain("secret-token").contains("token=(set)");
    }

    @Test
    void aBlankTokenMeansNoToken() {
        BrokerSettings settings = BrokerSettings.fromEnvironment(
                Map.of("PACT_BROKER_BASE_URL", "http://localhost:9292", "PACT_BROKER_TOKEN", " "));

        assertThat(settings.token()).isEmpty();
    }

    @Test
    void explainsAMissingBaseUrl() {
        assertThatThrownBy(() -> BrokerSettings.fromEnvironment(Map.of("PACT_BROKER_TOKEN", "secret-token")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PACT_BROKER_BASE_URL is not set")
                .hasMessageNotContaining("secret-token");
    }

    @Test
    void rejectsABaseUrlThatIsNotHttp() {
        assertThatThrownBy(() -> BrokerSettings.fromEnvironment(Map.of("PACT_BROKER_BASE_URL", "ftp://broker")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be an http or https URL");
    }
}
