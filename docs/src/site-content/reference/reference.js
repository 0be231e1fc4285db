// Renders the API reference from the spec shipped next to this page.
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: '../spec/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    displayOperationId: true,
    // Everything open: readers look for each operation's schemas and errors, and search the page for them.
    docExpansion: 'full',
    defaultModelsExpandDepth: 1,
    defaultModelExpandDepth: 3,
    // The default validator badge loads an image from a public service; the page stays offline.
    validatorUrl: null,
    // No "Try it out": the page must never send requests (or tokens) from a docs portal.
    supportedSubmitMethods: []
  });
});
