/**
 * Test support of the starter: {@link ai.mihu.spring.boot.testing.AutoConfigureMockMihuServer}
 * points the auto-configured client at an embedded {@code MockMihuServer}. Everything here needs
 * {@code ai.mihu:mihu-sdk-testing}, which the starter declares optional: add it to your tests.
 */
package ai.mihu.spring.boot.testing;
