// Starts Swagger UI on /api/docs/ from a file of ours, so the page needs no
// inline script under the strict CSP. The schema's address is on the element.
(function () {
  "use strict";
  var element = document.getElementById("swagger-ui");
  if (!element || typeof window.SwaggerUIBundle !== "function") {
    return;
  }
  window.SwaggerUIBundle({
    url: element.getAttribute("data-schema-url"),
    domNode: element,
    deepLinking: true,
    // Never ask swagger.io's online validator about our schema.
    validatorUrl: null,
    presets: [window.SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
})();
