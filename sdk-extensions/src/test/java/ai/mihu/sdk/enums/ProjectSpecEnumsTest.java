package ai.mihu.sdk.enums;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.sdk.model.AgentStatus;
import ai.mihu.sdk.model.ExtensibleEnum;
import ai.mihu.sdk.spec.SpecSchemas;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The enums generated from spec/openapi.yaml, checked against it. */
class ProjectSpecEnumsTest extends SpecDrivenEnumsTest {

    @Override
    SpecSchemas spec() {
        return SpecSchemas.ofProjectSpec();
    }

    @Test
    void parseDoesNotDependOnTheDefaultLocale() throws Exception {
        Locale previous = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            // Under a Turkish locale "I" lower-cases to a dotless "ı"; IN_PROGRESS must still parse.
            assertThat(parse(AgentStatus.class, "IN_PROGRESS"))
                    .map(v -> ((ExtensibleEnum) v).value())
                    .contains("in_progress");
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void aSwitchOnKnownReachesTheUnknownCaseForAValueAddedLater() throws Exception {
        AgentStatus archived =
                new com.fasterxml.jackson.databind.ObjectMapper().readValue("\"archived\"", AgentStatus.class);
        String outcome = switch (archived.known()) {
            case PENDING -> "pending";
            case UNKNOWN -> "unknown: " + archived.value();
            default -> "another known status";
        };
        assertThat(outcome).isEqualTo("unknown: archived");
    }
}
