"""Rich-text links made ready for paper: absolute, with an address to print."""

import pytest

from publishing.printed_links import links_for_print, print_address, short_address

SITE = "https://knee.example.org/"


def test_a_link_to_our_page_becomes_absolute_and_carries_its_short_address():
    html = '<p>Read <a href="/articles/getting-back/">getting back to exercise</a> first.</p>'
    assert links_for_print(html, SITE) == (
        '<p>Read <a href="https://knee.example.org/articles/getting-back/"'
        ' data-print-address="knee.example.org/articles/getting-back">'
        "getting back to exercise</a> first.</p>"
    )


def test_the_rest_of_the_markup_is_copied_as_it_came():
    html = (
        "<h2>Fish &amp; chips</h2><p>A&#8217;s <strong>bold</strong><br>line"
        "<!-- note --></p><table><tbody><tr><td>1 &lt; 2</td></tr></tbody></table>"
    )
    assert links_for_print(html, SITE) == html
    assert links_for_print("", SITE) == ""


@pytest.mark.parametrize(
    ("href", "text", "printed"),
    [
        (
            "https://www.nhs.uk/conditions/knee-pain/",
            "NHS advice",
            "www.nhs.uk/conditions/knee-pain",
        ),
        # The text already shows the address: printing it twice helps nobody.
        ("https://www.nhs.uk/", "www.nhs.uk", ""),
        ("mailto:desk@knee.example.org", "email the clinic", "desk@knee.example.org"),
        ("mailto:desk@knee.example.org?subject=Hi", "desk@knee.example.org", ""),
        ("tel:(312)555-0142", "(312) 555-0142", ""),
        ("tel:911", "call the emergency number", "911"),
    ],
)
def test_what_prints_after_a_link(href, text, printed):
    assert print_address(href, text) == printed


def test_links_within_the_page_and_odd_markup_are_left_alone():
    html = '<a href="#symptoms">Symptoms</a> <a>no address</a> <a href="">empty</a>'
    assert links_for_print(html, SITE) == html


def test_attribute_values_stay_escaped_and_an_unclosed_link_is_finished():
    html = '<a href="/search/?q=a&amp;b=&quot;c&quot;">search'
    assert links_for_print(html, SITE) == (
        '<a href="https://knee.example.org/search/?q=a&amp;b=&quot;c&quot;"'
        ' data-print-address="knee.example.org/search/?q=a&amp;b=&quot;c&quot;">search'
    )


def test_short_address():
    assert short_address("https://knee.example.org/articles/x/") == "knee.example.org/articles/x"
    assert short_address("http://testserver/") == "testserver"
