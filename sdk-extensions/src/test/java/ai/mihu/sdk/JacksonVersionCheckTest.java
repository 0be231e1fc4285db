package ai.mihu.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import ai.mihu.sdk.JacksonVersionCheck.Found;
import com.fasterxml.jackson.core.Version;
import java.util.List;
import org.junit.jupiter.api.Test;

class JacksonVersionCheckTest {

    private static Found databind(int major, int minor, int patch, String snapshot) {
        return new Found(
                "jackson-databind",
                new Version(major, minor, patch, snapshot, "com.fasterxml.jackson.core", "jackson-databind"));
    }

    @Test
    void rejectsAnOlderMinorVersionNamingTheModuleAndTheFloor() {
        assertThat(JacksonVersionCheck.problemWith(List.of(databind(2, 15, 4, null)), "2.16.0"))
                .hasValueSatisfying(message -> assertThat(message)
                        .contains("jackson-databind 2.15.4", "Jackson 2.16.0 or newer", "jackson-bom"));
    }

    @Test
    void rejectsAnOlderPatchLevel() {
        assertThat(JacksonVersionCheck.problemWith(List.of(databind(2, 16, 0, null)), "2.16.1"))
                .isPresent();
    }

    @Test
    void acceptsTheFloorItselfAndNewerVersions() {
        assertThat(JacksonVersionCheck.problemWith(List.of(databind(2, 16, 0, null)), "2.16.0"))
                .isEmpty();
        assertThat(JacksonVersionCheck.problemWith(List.of(databind(2, 21, 8, null)), "2.16.0"))
                .isEmpty();
        assertThat(JacksonVersionCheck.problemWith(List.of(databind(2, 100, 0, null)), "2.16.0"))
                .isEmpty();
    }

    @Test
    void comparesNumbersNotText() {
        assertThat(JacksonVersionCheck.problemWith(List.of(databind(2, 9, 10, null)), "2.16.0"))
                .isPresent();
    }

    @Test
    void aSnapshotOfTheFloorCountsAsTheFloor() {
        assertThat(JacksonVersionCheck.problemWith(List.of(databind(2, 16, 0, "SNAPSHOT")), "2.16.0"))
                .isEmpty();
    }

    @Test
    void unknownVersionsAreNotHeldAgainstTheClassPath() {
        assertThat(JacksonVersionCheck.problemWith(
                        List.of(new Found("jackson-databind", Version.unknownVersion())), "2.16.0"))
                .isEmpty();
    }

    @Test
    void listsEveryModuleThatIsTooOld() {
        Found core =
                new Found("jackson-core", new Version(2, 12, 7, null, "com.fasterxml.jackson.core", "jackson-core"));
        assertThat(JacksonVersionCheck.problemWith(List.of(core, databind(2, 15, 0, null)), "2.16.0"))
                .hasValueSatisfying(
                        message -> assertThat(message).contains("jackson-core 2.12.7", "jackson-databind 2.15.0"));
    }

    @Test
    void theFloorComesFromTheBuildAndTheTestClassPathMeetsIt() {
        assertThat(SdkVersion.jacksonFloor()).matches("2\\.\\d+\\.\\d+");
        assertThatCode(JacksonVersionCheck::requireSupported).doesNotThrowAnyException();
    }
}
