/**
 * Fluent builders for the request bodies of the Mihu API, starting at
 * {@link ai.mihu.sdk.builders.CreateAgentRequests#builder()}.
 *
 * <p>Each builder produces the generated model the client sends, never a copy of it or a
 * subclass. Nested objects are described with lambdas ({@code settings(s -> ...)}), list items
 * with adders ({@code addGuideline("Be brief")}). Only the root's {@code build()} is public: it
 * validates the whole request and reports every problem at once, with JSON paths such as
 * {@code guard_rules[0].then_action}.
 */
package ai.mihu.sdk.builders;
