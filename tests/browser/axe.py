"""Run axe-core (the copy bundled in axe-playwright-python, pinned) on a page."""

from axe_playwright_python.sync_playwright import Axe

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

_axe = Axe()


def assert_no_axe_violations(page, within: str | None = None):
    """``within``: a CSS selector, to check only that part of the page."""
    context = {"include": [[within]]} if within else None
    results = _axe.run(
        page, context=context, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}}
    )
    violations = results.response["violations"]
    report = "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']}\n"
        + "\n".join(f"    {node['target']}: {node['failureSummary']}" for node in v["nodes"])
        for v in violations
    )
    assert not violations, f"axe found {len(violations)} violation(s) on {page.url}:\n{report}"
