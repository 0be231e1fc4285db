/**
 * The build-time generator of the docs portal site: checks the unpacked material (spec, Swagger
 * UI, Javadoc), renders the Markdown pages with their directives and copies the assets.
 */
package ai.mihu.docs.site;
