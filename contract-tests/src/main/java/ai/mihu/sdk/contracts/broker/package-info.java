/**
 * Publishing the SDK's pacts to a Pact Broker or PactFlow, with the version and branch taken from
 * the project and git and the credentials from the environment.
 */
package ai.mihu.sdk.contracts.broker;
