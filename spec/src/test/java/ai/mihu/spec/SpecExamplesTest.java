package ai.mihu.spec;

import static org.assertj.core.api.Assertions.assertThat;

import ai.mihu.spec.SpecWalker.Example;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example in the spec (named component examples, media-type examples of the request body
 * and of every response, header examples, schema and property examples) satisfies the schema it
 * illustrates. Unknown properties are forbidden here too, so a misspelt property name in an
 * example is caught rather than silently allowed.
 */
class SpecExamplesTest {

    private static final JsonNode SPEC = SpecResources.specTree();
    private static final ExampleValidator STRICT = new ExampleValidator(SPEC, true);
    private static final String MEDIA_TYPE = "/content/application~1json";

    static List<Example> examples() {
        return SpecWalker.walk(SPEC).examples();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleSatisfiesItsSchema(Example example) {
        assertThat(example.schema())
                .as("schema of the example at %s", example.usedAt())
                .isNotNull();
        assertThat(STRICT.violations(example.value(), example.schema()))
                .as("example defined at %s", example.definedAt())
                .isEmpty();
    }

    @Test
    void examplesOfTheRequestEverySuccessAndEveryErrorAreChecked() {
        Set<String> usedAt = examples().stream().map(Example::usedAt).collect(Collectors.toSet());
        String operation = "/paths/~1api~1v1~1agents/post";

        assertThat(usedAt).contains(operation + "/requestBody" + MEDIA_TYPE + "/examples/salesAgent");
        JsonNode responses = SPEC.at(operation + "/responses");
        for (Map.Entry<String, JsonNode> response : responses.properties()) {
            String name = response.getValue().path("$ref").asText().replace("#/components/responses/", "");
            assertThat(usedAt)
                    .as("example of response %s", response.getKey())
                    .anyMatch(at -> at.startsWith("/components/responses/" + name + MEDIA_TYPE + "/example"));
        }
    }

    @Test
    void walkerReachesEveryExampleKeywordInTheDocument() {
        // A blind scan of the whole tree: if the spec gains an example somewhere the walker does
        // not look (a parameter, a callback...), this fails instead of leaving it unchecked.
        Set<String> everyExampleKeyword = new TreeSet<>();
        scanForExampleKeywords(SPEC, "", false, everyExampleKeyword);

        Set<String> checked = new TreeSet<>();
        for (Example example : examples()) {
            String at = example.usedAt();
            checked.add(at.endsWith("/example") ? at : at.substring(0, at.lastIndexOf('/')));
        }
        assertThat(checked).isEqualTo(everyExampleKeyword);
    }

    @Test
    void everyNamedExampleIsUsedBySomeMediaType() {
        // A named example that nothing refers to has no schema to be checked against.
        Set<String> used = examples().stream().map(Example::definedAt).collect(Collectors.toSet());
        for (String name : (Iterable<String>)
                () -> SPEC.path("components").path("examples").fieldNames()) {
            assertThat(used).as("uses of example %s", name).contains("/components/examples/" + name + "/value");
        }
    }

    @Test
    void rejectsAnExampleWithAnUnknownEnumValue() {
        ObjectNode request =
                SPEC.at("/components/examples/CreateAgentRequestExample/value").deepCopy();
        request.put("status", "archived");

        assertThat(STRICT.violationsOfComponent(request, "CreateAgentRequest"))
                .anySatisfy(violation -> assertThat(violation).startsWith("/status"));
    }

    @Test
    void rejectsAnExampleWithAMisspeltProperty() {
        ObjectNode response =
                SPEC.at("/components/examples/CreateAgentResponseExample/value").deepCopy();
        ((ObjectNode) response.at("/data/guidelines/0")).put("contents", "Greet the caller.");

        assertThat(STRICT.violationsOfComponent(response, "CreateAgentResponse"))
                .anySatisfy(violation ->
                        assertThat(violation).contains("/data/guidelines/0").contains("contents"));
    }

    @Test
    void rejectsAnExampleWithAMalformedUuid() {
        ObjectNode response =
                SPEC.at("/components/examples/CreateAgentResponseExample/value").deepCopy();
        ((ObjectNode) response.get("data")).put("agent_uuid", "not-a-uuid");

        assertThat(STRICT.violationsOfComponent(response, "CreateAgentResponse"))
                .anySatisfy(violation -> assertThat(violation).startsWith("/data/agent_uuid"));
    }

    @Test
    void rejectsAnErrorExampleOfTheWrongShapeAgainstItsMediaTypeSchema() {
        String badRequest = "/components/responses/BadRequest" + MEDIA_TYPE;
        ObjectNode example = SPEC.at(badRequest + "/example").deepCopy();
        example.put("success", "no");

        assertThat(STRICT.violations(example, SPEC.at(badRequest + "/schema")))
                .anySatisfy(violation -> assertThat(violation).startsWith("/success"));
    }

    @Test
    void rejectsAPropertyExampleOfTheWrongType() {
        JsonNode languageSchema = SPEC.at("/components/schemas/CreateAgentRequest/properties/language");

        assertThat(STRICT.violations(languageSchema.get("example"), languageSchema))
                .isEmpty();
        assertThat(STRICT.violations(IntNode.valueOf(5), languageSchema)).isNotEmpty();
    }

    private static void scanForExampleKeywords(
            JsonNode node, String pointer, boolean inPropertiesMap, Set<String> found) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                scanForExampleKeywords(node.get(i), pointer + "/" + i, false, found);
            }
            return;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String key = entry.getKey();
            String at = pointer + "/" + SpecWalker.token(key);
            if (at.equals("/components/examples")) {
                continue; // the named examples themselves; their uses are what is checked
            }
            if (!inPropertiesMap && (key.equals("example") || key.equals("examples"))) {
                found.add(at);
                continue; // an example's value is data, not spec
            }
            scanForExampleKeywords(entry.getValue(), at, !inPropertiesMap && key.equals("properties"), found);
        }
    }
}
