package ai.mihu.sdk.enums;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.sdk.fixture.model.FixtureMood;
import ai.mihu.sdk.spec.SpecSchemas;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The enum template on the generator fixture (see GeneratorFixtureBuildersTest): a value that
 * exists only in the fixture yields a constant.
 */
class GeneratorFixtureEnumsTest extends SpecDrivenEnumsTest {

    @Override
    SpecSchemas spec() {
        return SpecSchemas.of(Path.of("src", "test", "resources", "generator-fixture", "fixture-openapi.yaml"));
    }

    /** The fixture's models are generated into a package of their own (see sdk-extensions/pom.xml). */
    @Override
    String modelPackage() {
        return "ai.mihu.sdk.fixture.model.";
    }

    @Test
    void aValueThatExistsOnlyInTheFixtureHasAConstant() {
        assertThat(FixtureMood.ADDED_VALUE.value()).isEqualTo("added_value");
        assertThat(FixtureMood.ADDED_VALUE.known()).isEqualTo(FixtureMood.Known.ADDED_VALUE);
        assertThat(FixtureMood.values())
                .containsExactly(FixtureMood.CALM, FixtureMood.EXCITED, FixtureMood.ADDED_VALUE);
    }
}
