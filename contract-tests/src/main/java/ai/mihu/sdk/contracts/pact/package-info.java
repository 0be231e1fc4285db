/**
 * Checks recorded pacts against the OpenAPI spec with swagger-request-validator.
 */
package ai.mihu.sdk.contracts.pact;
