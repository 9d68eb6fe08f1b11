

@pytest.mark.parametrize(
    "path",
    ["/", "/conditions/meniscus-tear/", "/conditions/?onset=bogus", "/search/?q=knee", "/es/"],
)
def test_shared_pages_keep_contrast_in_every_state(live_server, page, demo, path):
    """The shared CSS: header, footer, care cards, filters, search results, pagination."""
    open_narrow(page, live_server.url + path)
    page.evaluate("document.querySelectorAll('details').forEach((d) => { d.open = true; })")
    assert_contrast_in_every_state(page)
    page.set_viewport_size({"width": 1024, "height": 700})
    assert_contrast_in_every_state(page)
