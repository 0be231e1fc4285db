/** Markdown pages of the docs site, rendered with CommonMark and build-time directives. */
package ai.mihu.docs.markdown;
