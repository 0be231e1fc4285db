/**
 * Client-side validation of requests against the constraints of the API spec, run before
 * anything is sent.
 */
@NullMarked
package ai.mihu.sdk.validation;

import org.jspecify.annotations.NullMarked;
