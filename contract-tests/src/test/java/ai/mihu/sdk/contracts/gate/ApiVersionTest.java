package ai.mihu.sdk.contracts.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ApiVersionTest {

    @Test
    void readsTheMajorOfSemanticVersions() {
        assertThat(ApiVersion.parse("1.0.0").major()).isEqualTo(1);
        assertThat(ApiVersion.parse("v2.3").major()).isEqualTo(2);
        assertThat(ApiVersion.parse("3.0.0-beta.1").major()).isEqualTo(3);
    }

    @Test
    void onlyAGreaterMajorIsAMajorBump() {
        assertThat(ApiVersion.parse("2.0.0").isMajorBumpFrom(ApiVersion.parse("1.9.9")))
                .isTrue();
        assertThat(ApiVersion.parse("1.5.0").isMajorBumpFrom(ApiVersion.parse("1.0.0")))
                .isFalse();
        assertThat(ApiVersion.parse("1.0.0").isMajorBumpFrom(ApiVersion.parse("2.0.0")))
                .isFalse();
    }

    @Test
    void rejectsAMissingVersion() {
        assertThatThrownBy(() -> ApiVersion.parse(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no info.version");
    }
}
