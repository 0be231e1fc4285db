/**
 * Testing support for code that uses the Mihu SDK: {@link ai.mihu.sdk.testing.MockMihuServer}, an
 * in-process Mihu API that checks every request against the published contract and answers as the
 * API documents, with {@link ai.mihu.sdk.testing.Fault fault injection}, {@link
 * ai.mihu.sdk.testing.RecordedRequest recorded requests} and a JUnit 5 extension, {@link
 * ai.mihu.sdk.testing.MockMihuServerExtension}.
 */
@NullMarked
package ai.mihu.sdk.testing;

import org.jspecify.annotations.NullMarked;
