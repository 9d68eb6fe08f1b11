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
    // Off: its links inside each operation's toggle button nest one control in another.
    deepLinking: false,
    // Never ask swagger.io's online validator about our schema.
    validatorUrl: null,
    // Plain examples: the highlighter's colours fail WCAG AA contrast on its dark background.
    syntaxHighlight: false,
    presets: [window.SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });

  // Swagger UI draws a parameter with a list of values as a <select> with no
  // label; name each after its parameter, for screen readers (axe: select-name).
  function nameParameterFields() {
    element.querySelectorAll("tr[data-param-name] select:not([aria-label])").forEach(function (select) {
      var row = select.closest("tr[data-param-name]");
      select.setAttribute("aria-label", row.getAttribute("data-param-name"));
    });
  }
  new MutationObserver(nameParameterFields).observe(element, { childList: true, subtree: true });
})();
