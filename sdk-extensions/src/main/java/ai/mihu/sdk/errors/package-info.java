/**
 * The exceptions the Mihu SDK throws, all unchecked and rooted at
 * {@link ai.mihu.sdk.errors.MihuException}.
 */
package ai.mihu.sdk.errors;
