/**
 * Snippet regions: code marked in compiled, tested source files with {@code docs:start ID} and
 * {@code docs:end ID} comments, extracted at build time into the guide's code blocks so that no
 * code on a docs page is typed by hand.
 */
package ai.mihu.docs.snippets;
