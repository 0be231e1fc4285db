/**
 * Publishing the docs bundle and the spec to the docs portal, with the portal's URL and token
 * taken from the environment and the token kept out of every log line and message.
 */
package ai.mihu.docs.publish;
