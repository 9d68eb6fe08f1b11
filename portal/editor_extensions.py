"""The rich-text editor's own extensions, for settings.DJANGO_PROSE_EDITOR_EXTENSIONS.

One small ES module, no build step (static/js/editor_extensions.js); the
allow-lists are what the sanitiser keeps (publishing/richtext.py).
"""

from django_prose_editor.config import html_tags, process_link, process_table
from js_asset import static_lazy

# Link and Table replace the built-ins of the same names and keep their
# sanitiser allow-lists; SpellCheck makes no HTML.
EDITOR_EXTENSIONS = [
    {
        "js": [static_lazy("js/editor_extensions.js")],
        "extensions": {
            "Link": process_link,
            "Table": process_table,
            "SpellCheck": html_tags([]),
            # A library image as a reference (publishing/richtext.py).
            "Picture": html_tags(
                ["figure", "figcaption"], {"figure": ["data-image", "data-alt", "data-decorative"]}
            ),
        },
    }
]
