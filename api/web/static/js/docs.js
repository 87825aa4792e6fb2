// Starts Swagger UI (vendored in /static/vendor/swagger-ui/) on the service's own OpenAPI document, at /docs.
/* global SwaggerUIBundle */
(function () {
  const root = document.getElementById('swagger-ui');
  window.ui = SwaggerUIBundle({
    url: root.dataset.openapi,
    dom_id: '#swagger-ui',
    deepLinking: true,
    validatorUrl: null,          // never ask validator.swagger.io
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
    tryItOutEnabled: false,
  });
}());
