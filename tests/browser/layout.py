"""Layout checks shared by the browser tests."""

NARROW = {"width": 320, "height": 640}


def open_narrow(page, url):
    """Open ``url`` on a 320-pixel-wide screen and assert nothing scrolls sideways."""
    page.set_viewport_size(NARROW)
    page.goto(url)
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, f"{url} is {overflow}px wider than a 320px screen"
