// The triage error summary's links: show the whole question (its legend or label, not
// only the first answer) and put the focus in its answer box (GOV.UK's error summary).
// Without JavaScript the links still jump to the answer box.
document.addEventListener("click", (event) => {
  const link = event.target.closest(".error-summary a[href^='#']");
  if (!link) return;
  const input = document.getElementById(decodeURIComponent(link.hash.slice(1)));
  if (!input) return;
  const group = input.closest("fieldset, .form-group");
  const caption = group && group.querySelector("legend, label");
  event.preventDefault();
  history.pushState(null, "", link.hash);
  (caption || input).scrollIntoView();
  input.focus({ preventScroll: true });
});
