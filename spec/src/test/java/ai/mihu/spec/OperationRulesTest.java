package ai.mihu.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The operations' house rules, applied to the shipped spec and to a small spec that breaks each
 * of them, to show every rule can fail.
 */
class OperationRulesTest {

    private static final JsonNode SPEC = SpecResources.specTree();

    /** The operations the spec describes, by method and path, as the reference's pages list them. */
    private static final List<String> DOCUMENTED_OPERATIONS = List.of(
            "POST /api/v1/agents",
            "GET /api/v1/agents",
            "PATCH /api/v1/agents/{uuid}",
            "POST /api/v1/agents/{uuid}/notes",
            "POST /api/v1/agents/{uuid}/guidelines",
            "PUT /api/v1/agents/{uuid}/guidelines",
            "POST /api/v1/agents/{uuid}/procedures",
            "PATCH /api/v1/agents/{uuid}/procedures/{procedureUuid}",
            "DELETE /api/v1/agents/{uuid}/procedures/{procedureUuid}",
            "PUT /api/v1/agents/{uuid}/training",
            "PATCH /api/v1/agents/{uuid}/training/{trainingUuid}",
            "PUT /api/v1/agents/{uuid}/appointments",
            "PUT /api/v1/agents/{uuid}/guard-rules",
            "POST /api/v1/agents/{uuid}/guard-rules",
            "PATCH /api/v1/agents/{uuid}/guard-rules/{ruleUuid}",
            "POST /api/v1/agents/{uuid}/routing-rules",
            "PATCH /api/v1/agents/{uuid}/routing-rules/{ruleUuid}",
            "DELETE /api/v1/agents/{uuid}/routing-rules/{ruleUuid}",
            "PATCH /api/v1/agents/{uuid}/intents/{intentUuid}",
            "GET /api/v1/agents/{uuid}/intents/{intentUuid}/event",
            "PUT /api/v1/agents/{uuid}/intents/{intentUuid}/event",
            "PATCH /api/v1/agents/{uuid}/webhooks/{webhookUuid}",
            "POST /api/v1/agents/{uuid}/channels/call/provision",
            "POST /api/v1/agents/{uuid}/channels/call/sip-trunk",
            "PUT /api/v1/phone-numbers/trunks/assign");

    /** A small spec that breaks every operation rule once or more. */
    private static final String FLAWED = """
            openapi: 3.0.3
            info: {title: Flawed, version: '1'}
            paths:
              /things/{thingId}:
                patch:
                  operationId: updateThing
                  description: Changes a thing.
                  parameters:
                    - name: thingId
                      in: path
                      required: true
                      schema: {type: string}
                  requestBody:
                    content:
                      application/json:
                        schema:
                          $ref: '#/components/schemas/Thing'
                  responses:
                    '200':
                      $ref: '#/components/responses/ThingChanged'
                    '400':
                      $ref: '#/components/responses/Failed'
                delete:
                  operationId: updateThing
                  tags: [Things]
                  description: Deletes a thing.
                  parameters:
                    - $ref: '#/components/parameters/ThingNumber'
                  responses:
                    '200':
                      description: The thing is gone.
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/ApiResponse'
                          example: {success: true}
                    '400':
                      $ref: '#/components/responses/Failed'
            components:
              parameters:
                ThingNumber:
                  name: thingId
                  in: path
                  required: true
                  schema: {type: integer}
              responses:
                ThingChanged:
                  description: The thing.
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Thing'
                Failed:
                  description: It failed.
                  content:
                    application/json:
                      schema:
                        $ref: '#/components/schemas/Failure'
                      example: {success: true}
              schemas:
                Thing:
                  type: object
                  properties:
                    name: {type: string}
                ApiResponse:
                  type: object
                  properties:
                    success: {type: boolean, enum: [false]}
                Failure:
                  type: object
                  properties:
                    success: {type: boolean}
            """;

    @Nested
    class OnTheShippedSpec {

        @Test
        void describesEveryDocumentedOperationAndNoOther() {
            List<String> operations = SpecWalker.walk(SPEC).operations().stream()
                    .map(operation -> {
                        String pointer = operation.pointer();
                        String method =
                                pointer.substring(pointer.lastIndexOf('/') + 1).toUpperCase(Locale.ROOT);
                        String path = pointer.substring("/paths/".length(), pointer.lastIndexOf('/'))
                                .replace("~1", "/")
                                .replace("~0", "~");
                        return method + " " + path;
                    })
                    .toList();

            assertThat(operations).containsExactlyInAnyOrderElementsOf(DOCUMENTED_OPERATIONS);
        }

        @Test
        void everyOperationHasAUniqueOperationIdAndATag() {
            assertThat(OperationRules.operationsWithoutIdOrTag(SPEC)).isEmpty();
        }

        @Test
        void everyRequestBodyAndEverySuccessResponseHasAnExample() {
            assertThat(OperationRules.operationsWithoutExamples(SPEC)).isEmpty();
        }

        @Test
        void everyPathVariableIsASharedRequiredUuidParameter() {
            assertThat(OperationRules.pathVariablesNotSharedUuidParameters(SPEC))
                    .isEmpty();
        }

        @Test
        void everyEnvelopeSaysTrueOnSuccessAndFalseOnError() {
            assertThat(OperationRules.envelopesWithAnOpenSuccessFlag(SPEC)).isEmpty();
        }

        @Test
        void everyOperationDocumentsTheCommonErrorsAnd404WhenItNamesAnItem() {
            assertThat(OperationRules.operationsWithoutDocumentedErrors(SPEC)).isEmpty();
        }

        @Test
        void noSchemaClashesWithAGeneratedClass() {
            assertThat(OperationRules.schemasNamedLikeGeneratorClasses(SPEC)).isEmpty();
        }
    }

    @Nested
    class OnASpecThatBreaksThem {

        private final JsonNode flawed = yaml(FLAWED);
        private final String patch = "/paths/~1things~1{thingId}/patch";
        private final String delete = "/paths/~1things~1{thingId}/delete";

        @Test
        void findsTheMissingTagAndTheReusedOperationId() {
            assertThat(OperationRules.operationsWithoutIdOrTag(flawed))
                    .containsExactlyInAnyOrder(
                            patch + " has no tag", delete + " reuses the operationId updateThing of " + patch);
        }

        @Test
        void findsTheRequestBodyAndTheSuccessResponseWithoutExample() {
            assertThat(OperationRules.operationsWithoutExamples(flawed))
                    .containsExactlyInAnyOrder(
                            patch + "/requestBody has no example", patch + "/responses/200 has no example");
        }

        @Test
        void findsTheInlineParameterAndTheIdThatIsNoUuid() {
            assertThat(OperationRules.pathVariablesNotSharedUuidParameters(flawed))
                    .containsExactlyInAnyOrder(
                            patch + " declares a parameter inline instead of referring to components/parameters",
                            patch + " has no path parameter for {thingId}",
                            delete + " path parameter {thingId} is not a required string of format uuid");
        }

        @Test
        void findsEverySuccessFlagThatCanTakeTheWrongValue() {
            assertThat(OperationRules.envelopesWithAnOpenSuccessFlag(flawed))
                    .containsExactlyInAnyOrder(
                            patch + "/responses/200 declares no success flag",
                            patch + "/responses/400 success is not enum [false]",
                            delete + "/responses/200 success is not enum [true]",
                            delete + "/responses/400 success is not enum [false]");
        }

        @Test
        void findsTheMissingErrorAnswers() {
            assertThat(OperationRules.operationsWithoutDocumentedErrors(flawed))
                    .contains(patch + " documents no 404", patch + " documents no 503", delete + " documents no 401")
                    .doesNotContain(patch + " documents no 400");
        }

        @Test
        void findsTheSchemaNamedApiResponse() {
            assertThat(OperationRules.schemasNamedLikeGeneratorClasses(flawed)).hasSize(1);
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
