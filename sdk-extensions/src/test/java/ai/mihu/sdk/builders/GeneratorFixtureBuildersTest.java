package ai.mihu.sdk.builders;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.sdk.fixture.model.FixtureMood;
import ai.mihu.sdk.fixture.model.FixtureWidgetRequest;
import ai.mihu.sdk.spec.SpecSchemas;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generator's own test: the build runs the same configuration and templates on
 * src/test/resources/generator-fixture/fixture-openapi.yaml, and the generic checks walk that
 * file. A property or enum value added to the fixture yields a builder method or a constant,
 * with no Java change; the tests below pin a few of them by name as well.
 */
class GeneratorFixtureBuildersTest extends SpecDrivenBuildersTest {

    static final Path FIXTURE = Path.of("src", "test", "resources", "generator-fixture", "fixture-openapi.yaml");

    @Override
    SpecSchemas spec() {
        return SpecSchemas.of(FIXTURE);
    }

    /** The fixture's models are generated into a package of their own (see sdk-extensions/pom.xml). */
    @Override
    String modelPackage() {
        return "ai.mihu.sdk.fixture.model.";
    }

    @Test
    void aPropertyThatExistsOnlyInTheFixtureHasABuilderMethod() throws Exception {
        FixtureWidgetRequest widget = FixtureWidgetRequests.builder("Widget")
                .addedInFixture("only here")
                .build();

        assertThat(widget.getAddedInFixture()).isEqualTo("only here");
        assertThat(FixtureWidgetRequestBuilder.class.getMethod("addedInFixture", String.class))
                .isNotNull();
    }

    @Test
    void extensionsShapeTheMethodsAsTheySay() {
        FixtureWidgetRequest widget = FixtureWidgetRequests.builder("Widget")
                .addPart("first") // x-mihu-item-name + x-mihu-item-shortcut
                .addPart(p -> p.label("second").position(7))
                .addPart("third")
                .addTag("blue") // x-mihu-item-name on a list of strings
                .addLabelsItem("no item name") // the generator's default adder name
                .addMoodEntry(FixtureMood.CALM) // a list of enum values
                .homepage(URI.create("https://widgets.example/w")) // x-mihu-java-type
                .detail(d -> d.label("nested"))
                .extras(Map.of("anything", true))
                .build();

        assertThat(widget.getParts())
                .extracting(p -> p.getLabel() + "@" + p.getPosition())
                .containsExactly("first@0", "second@7", "third@2"); // x-mihu-auto-order: position
        assertThat(widget.getTags()).containsExactly("blue");
        assertThat(widget.getLabels()).containsExactly("no item name");
        assertThat(widget.getMoods()).containsExactly(FixtureMood.CALM);
        assertThat(widget.getHomepage()).isEqualTo("https://widgets.example/w");
        assertThat(widget.getDetail().getLabel()).isEqualTo("nested");
    }

    @Test
    void aResponseSchemaGetsNoBuilder() {
        assertThat(classExists("ai.mihu.sdk.builders.FixtureWidgetBuilder")).isFalse();
        assertThat(classExists("ai.mihu.sdk.builders.FixtureWidgets")).isFalse();
        assertThat(classExists("ai.mihu.sdk.fixture.model.FixtureWidget")).isTrue();
    }

    private static boolean classExists(String name) {
        try {
            Class.forName(name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
