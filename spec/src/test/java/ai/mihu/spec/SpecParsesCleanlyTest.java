package ai.mihu.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;

/** The shipped spec is valid OpenAPI 3.0.3 in swagger-parser's eyes: no error, no warning. */
class SpecParsesCleanlyTest {

    @Test
    void shippedSpecParsesWithoutAnyMessage() {
        SwaggerParseResult result = parse(SpecResources.specText());

        assertThat(result.getMessages()).as("swagger-parser messages").isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.0.3");
        assertThat(result.getOpenAPI()
                        .getPaths()
                        .get("/api/v1/agents")
                        .getPost()
                        .getOperationId())
                .isEqualTo("createAgent");
    }

    @Test
    void parserReportsABrokenReference() {
        // Proves the check above can fail: the same parse call flags a dangling $ref.
        String broken = """
                openapi: 3.0.3
                info: {title: Broken, version: '1'}
                paths:
                  /things:
                    get:
                      responses:
                        '200':
                          description: A thing.
                          content:
                            application/json:
                              schema:
                                $ref: '#/components/schemas/Missing'
                """;

        assertThat(parse(broken).getMessages())
                .anySatisfy(message -> assertThat(message).contains("Missing"));
    }

    private static SwaggerParseResult parse(String yaml) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        return new OpenAPIV3Parser().readContents(yaml, null, options);
    }
}
