/**
 * Fluent builders for the request bodies of the Mihu API, generated from the spec at build time:
 * {@code <Schema>s.builder(required...)} starts one, such as
 * {@code CreateAgentRequests.builder("Sales Agent")}, and {@code build()} validates it.
 *
 * <p>Every schema of the spec that a request body uses has a {@code <Schema>Builder} and a
 * {@code <Schema>s} entry point. Each builder produces the generated model the client sends,
 * never a copy of it or a subclass. Nested objects are described with lambdas
 * ({@code settings(s -> ...)}), list items with adders ({@code addGuideline("Be brief")}).
 * {@code build()} validates the whole object and reports every problem at once, with JSON paths
 * such as {@code guard_rules[0].then_action}. How a property is set (typed overloads, adder
 * names, automatic positions) comes from the spec's {@code x-mihu-*} extensions.
 */
package ai.mihu.sdk.builders;
