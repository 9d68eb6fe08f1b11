"""Text contrast in every state a patient can put a link or button in: as it is,
hovered, focused, visited, and hovered while focused.

axe-core checks a page as it stands, so the focused error summary (red links on
the yellow focus colour, 4.1:1) passed it. Here each state is made real: focus
with ``focus()``; hover and visited through a copy of every ``:hover`` and
``:visited`` rule of the page's own style sheets, placed right after the rule so
the cascade is unchanged, that matches ``[data-hover]`` and ``[data-visited]``
(a browser never reports visited colours to a script)."""

CHECK = r"""(minimum) => {
  const copyRules = (list, owner) => {
    for (let i = list.length - 1; i >= 0; i--) {
      const rule = list[i];
      if (rule.cssRules && rule.insertRule) { copyRules(rule.cssRules, rule); continue; }
      const sel = rule.selectorText;
      if (!sel || !/:hover|:visited/.test(sel)) continue;
      const copy = sel.replace(/:hover/g, "[data-hover]").replace(/:visited/g, "[data-visited]");
      owner.insertRule(`${copy} { ${rule.style.cssText} }`, i + 1);
    }
  };
  if (!document.documentElement.dataset.statesCopied) {
    for (const sheet of document.styleSheets) {
      try { copyRules(sheet.cssRules, sheet); } catch (e) { /* another origin */ }
    }
    document.documentElement.dataset.statesCopied = "1";
  }
  const rgba = (text) => {
    const m = text.match(/rgba?\(([^)]+)\)/);
    if (!m) return [0, 0, 0, 0];
    const p = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
  };
  const over = (top, under) => {
    const a = top[3];
    return [0, 1, 2].map((i) => top[i] * a + under[i] * (1 - a)).concat([1]);
  };
  const background = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] >= 1) break;
    }
    let colour = [255, 255, 255, 1];
    for (const layer of layers.reverse()) colour = over(layer, colour);
    return colour;
  };
  const luminance = (c) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi + 0.05) / (lo + 0.05);
  };
  const texts = (root) => {
    const found = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (n.textContent.trim() && el.checkVisibility({ visibilityProperty: true })
          && !el.closest(".visually-hidden")) found.push(el);
    }
    return found;
  };
  const name = (el) => (el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
    + (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\s+/).join(".") : "")
    + " “" + el.textContent.trim().replace(/\s+/g, " ").slice(0, 40) + "”");
  const failures = [];
  const check = (target, state) => {
    for (const el of texts(target)) {
      const style = getComputedStyle(el);
      const fg = over(rgba(style.color), background(el));
      const r = ratio(fg, background(el));
      if (r < minimum) failures.push(`${name(target)} ${state}: ${r.toFixed(2)}:1 (${style.color} on ${getComputedStyle(el).backgroundColor} / ${JSON.stringify(background(el).map(Math.round))})`);
    }
  };
  const ancestors = (el) => { const list = []; for (let e = el; e; e = e.parentElement) list.push(e); return list; };
  const targets = [...document.querySelectorAll("a[href], button, summary, [tabindex]")]
    .filter((el) => el.checkVisibility() && el !== document.querySelector("main"));
  let checked = 0;
  for (const el of targets) {
    const hover = (on) => ancestors(el).forEach((e) => on ? e.setAttribute("data-hover", "") : e.removeAttribute("data-hover"));
    check(el, "as it is");
    hover(true); check(el, "hovered"); hover(false);
    if (el.matches("a[href]")) { el.setAttribute("data-visited", ""); check(el, "visited"); el.removeAttribute("data-visited"); }
    el.focus({ preventScroll: true });
    if (document.activeElement === el) {
      check(el, "focused");
      hover(true); check(el, "focused and hovered"); hover(false);
      if (el.matches("a[href]")) { el.setAttribute("data-visited", ""); check(el, "focused and visited"); el.removeAttribute("data-visited"); }
      el.blur();
    }
    checked++;
  }
  return { checked, failures };
}"""


def assert_contrast_in_every_state(page, minimum=4.5):
    """Every visible link, button, summary and focus target of the page reads at
    ``minimum``:1 or better in each state."""
    result = page.evaluate(CHECK, minimum)
    assert result["checked"] > 5, result
    report = "\n".join(result["failures"])
    assert not result["failures"], f"Contrast below {minimum}:1 on {page.url}:\n{report}"
