/**
 * Client-side validation of requests against the constraints of the API spec, run before
 * anything is sent.
 */
package ai.mihu.sdk.validation;
