package ai.mihu.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The spec's house rules: descriptions everywhere and no inline types. Each rule is applied to
 * the shipped spec, and to a small spec that breaks it, to show the rule can fail.
 */
class SpecRulesTest {

    private static final JsonNode SPEC = SpecResources.specTree();

    /** A small spec that breaks every rule once or more. */
    private static final String FLAWED = """
            openapi: 3.0.3
            info: {title: Flawed, version: '1'}
            paths:
              /things:
                post:
                  operationId: createThing
                  requestBody:
                    content:
                      application/json:
                        schema:
                          type: object
                          properties:
                            name: {type: string}
                  responses:
                    '200':
                      description: The thing.
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/Thing'
            components:
              schemas:
                Thing:
                  type: object
                  properties:
                    colour:
                      type: string
                      enum: [red, blue]
                    owner:
                      $ref: '#/components/schemas/Owner'
                    tags:
                      type: array
                      description: Tags.
                      items:
                        type: object
                    extras:
                      type: object
                      additionalProperties: true
                      description: A free-form map, which may be inline.
                Owner:
                  type: object
                  properties:
                    name:
                      type: string
                      description: Name of the owner.
            """;

    @Nested
    class OnTheShippedSpec {

        @Test
        void everyOperationHasADescription() {
            assertThat(SpecWalker.walk(SPEC).operations()).isNotEmpty();
            assertThat(SpecRules.operationsWithoutDescription(SPEC)).isEmpty();
        }

        @Test
        void everyComponentSchemaHasADescription() {
            assertThat(SpecRules.componentSchemasWithoutDescription(SPEC)).isEmpty();
        }

        @Test
        void everyPropertyOfEverySchemaHasADescription() {
            assertThat(SpecRules.propertiesWithoutDescription(SPEC)).isEmpty();
        }

        @Test
        void noSchemaDeclaresAnObjectOrEnumInline() {
            assertThat(SpecRules.inlineNamedTypes(SPEC)).isEmpty();
        }
    }

    @Nested
    class OnASpecThatBreaksThem {

        private final JsonNode flawed = yaml(FLAWED);

        @Test
        void findsTheOperationWithoutDescription() {
            assertThat(SpecRules.operationsWithoutDescription(flawed)).containsExactly("/paths/~1things/post");
        }

        @Test
        void findsTheComponentSchemasWithoutDescription() {
            assertThat(SpecRules.componentSchemasWithoutDescription(flawed))
                    .containsExactlyInAnyOrder("/components/schemas/Thing", "/components/schemas/Owner");
        }

        @Test
        void findsThePropertiesWithoutDescriptionIncludingABareRefToAnUndescribedComponent() {
            assertThat(SpecRules.propertiesWithoutDescription(flawed))
                    .containsExactlyInAnyOrder(
                            "/paths/~1things/post/requestBody/content/application~1json/schema/properties/name",
                            "/components/schemas/Thing/properties/colour",
                            "/components/schemas/Thing/properties/owner");
        }

        @Test
        void allowsABooleanEnumInlineButNoOtherEnum() {
            JsonNode envelope = yaml("""
                    openapi: 3.0.3
                    info: {title: Envelope, version: '1'}
                    paths: {}
                    components:
                      schemas:
                        Envelope:
                          type: object
                          description: An envelope.
                          properties:
                            success:
                              type: boolean
                              enum: [true]
                              description: Always true.
                            state:
                              type: string
                              enum: ['on', 'off']
                              description: A state.
                    """);

            assertThat(SpecRules.inlineNamedTypes(envelope))
                    .containsExactly("/components/schemas/Envelope/properties/state declares an enum inline");
        }

        @Test
        void findsInlineObjectsAndEnumsButAllowsFreeFormMaps() {
            assertThat(SpecRules.inlineNamedTypes(flawed))
                    .containsExactlyInAnyOrder(
                            "/paths/~1things/post/requestBody/content/application~1json/schema declares properties inline",
                            "/components/schemas/Thing/properties/colour declares an enum inline",
                            "/components/schemas/Thing/properties/tags/items is an inline object that is not a free-form map");
        }
    }

    private static JsonNode yaml(String text) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
