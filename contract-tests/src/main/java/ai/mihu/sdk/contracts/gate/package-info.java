/**
 * The spec's breaking-change gate: openapi-diff between the last released spec and the candidate,
 * with the project's own rules for removed properties and enum values.
 */
package ai.mihu.sdk.contracts.gate;
