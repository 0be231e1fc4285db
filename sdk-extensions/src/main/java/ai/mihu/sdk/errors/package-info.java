/**
 * The exceptions the Mihu SDK throws, all unchecked and rooted at
 * {@link ai.mihu.sdk.errors.MihuException}.
 */
@NullMarked
package ai.mihu.sdk.errors;

import org.jspecify.annotations.NullMarked;
