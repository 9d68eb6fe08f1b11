// The programme builder (handouts/programme_builder.html): drag an exercise by its
// handle to move it. The form's fields are renumbered in their new order, so the
// next button pressed posts the programme as it now stands. Without JavaScript, and
// from the keyboard, the Move up and Move down buttons do the same.
(function () {
  var list = document.querySelector("[data-programme-rows]");
  if (!list || !("draggable" in list)) return;
  var hint = document.querySelector("[data-drag-hint]");
  if (hint) hint.hidden = false;
  var dragged = null;

  function rows() {
    return Array.prototype.slice.call(list.querySelectorAll("[data-programme-row]"));
  }

  function renumbered(text, index) {
    return text.replace(/item-\d+-/g, "item-" + index + "-");
  }

  function renumber() {
    rows().forEach(function (row, index) {
      row.querySelectorAll("[name^='item-']").forEach(function (field) {
        field.name = renumbered(field.name, index);
      });
      row.querySelectorAll("[id*='item-'], [for*='item-'], [aria-describedby*='item-']").forEach(function (node) {
        ["id", "for", "aria-describedby"].forEach(function (name) {
          var value = node.getAttribute(name);
          if (value) node.setAttribute(name, renumbered(value, index));
        });
      });
      row.querySelectorAll("[data-row-action]").forEach(function (button) {
        button.value = button.value.replace(/-\d+$/, "-" + index);
      });
      var number = row.querySelector("[data-row-number]");
      if (number) number.textContent = String(index + 1);
    });
  }

  rows().forEach(function (row) {
    var handle = document.createElement("span");
    handle.className = "programme-row__handle";
    handle.setAttribute("aria-hidden", "true");
    handle.textContent = "\u2630";
    var legend = row.querySelector("legend");
    legend.insertBefore(handle, legend.firstChild);
    // Only the handle starts a drag: text in the number fields stays selectable.
    handle.addEventListener("mousedown", function () { row.draggable = true; });
    row.addEventListener("dragstart", function (event) {
      dragged = row;
      row.classList.add("programme-row--dragging");
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData("text/plain", "");
    });
    row.addEventListener("dragend", function () {
      row.classList.remove("programme-row--dragging");
      row.draggable = false;
      dragged = null;
      renumber();
    });
    row.addEventListener("dragover", function (event) {
      if (!dragged || dragged === row) return;
      event.preventDefault();
      var box = row.getBoundingClientRect();
      var after = event.clientY > box.top + box.height / 2;
      list.insertBefore(dragged, after ? row.nextSibling : row);
    });
    row.addEventListener("drop", function (event) { event.preventDefault(); });
  });
})();
