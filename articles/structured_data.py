"""schema.org health markup (JSON-LD) for search engines and assistants.

Article and condition pages are a ``MedicalWebPage`` for patients, reviewed
by the clinic (the organisation, never a person); a condition page is about
a ``MedicalCondition`` with its ICD-10-CM codes. The home page describes the
clinic. Dates nobody gave (demo content) are left out, as on the page.
"""

import json

from django.utils.safestring import SafeString, mark_safe

from articles.models import Condition
from articles.pictures import lead_image_data

# As django.utils.html.json_script: nothing in the data can end the element.
_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def clinic_data(clinic, *, url: str) -> dict:
    data = {"@type": "MedicalClinic", "name": clinic.name, "url": url, "telephone": clinic.phone}
    if clinic.address.strip():
        data["address"] = " ".join(clinic.address.split())
    return data


def image_data(item, *, language: str, absolute) -> dict | None:
    """The lead image as a schema.org ``ImageObject`` (its widest rendition in the
    most widely read format); None without one. ``absolute`` makes a full address."""
    lead = lead_image_data(item, language=language)
    if lead is None or not lead["renditions"]:
        return None
    widest = max(reversed(lead["renditions"]), key=lambda rendition: rendition["width"])
    data = {
        "@type": "ImageObject",
        "contentUrl": absolute(widest["url"]),
        "width": lead["width"],
        "height": lead["height"],
    }
    if lead["alt"]:
        data["description"] = lead["alt"]
    if lead["caption"]:
        data["caption"] = lead["caption"]
    if lead["credit"]:
        data["creditText"] = lead["credit"]
    return data


def page_data(item, *, url: str, clinic, home_url: str, language: str, absolute=None) -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "MedicalWebPage",
        "name": item.title,
        "description": item.summary,
        "url": url,
        "inLanguage": language,
        "audience": {"@type": "Patient"},
        "publisher": clinic_data(clinic, url=home_url),
    }
    if item.reviewed_on and not item.is_demo:
        data["lastReviewed"] = item.reviewed_on.isoformat()
        data["reviewedBy"] = clinic_data(clinic, url=home_url)
    image = image_data(item, language=language, absolute=absolute) if absolute else None
    if image is not None:
        data["image"] = image
    if isinstance(item, Condition):
        data["about"] = {
            "@type": "MedicalCondition",
            "name": item.title,
            **({"alternateName": item.aliases} if item.aliases else {}),
            "code": [
                {"@type": "MedicalCode", "codeValue": code, "codingSystem": "ICD-10-CM"}
                for code in item.codes
            ],
        }
    return data


def as_script(data: dict) -> SafeString:
    """A ``<script type="application/ld+json">`` element: data, which CSP lets
    browsers read without running it."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True).translate(_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308 - escaped
