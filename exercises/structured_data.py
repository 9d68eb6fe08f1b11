"""schema.org markup (JSON-LD) of an exercise's page.

The page is a ``MedicalWebPage`` for patients, reviewed by the clinic, as an
article's is (articles/structured_data.py); its main entity is a ``HowTo``
with the numbered steps, the start and end pictures and the equipment, and it
is about an ``ExercisePlan`` with the usual dose. Plain data from the page as
``exercises.selectors.live_exercise`` read it.
"""

from articles.structured_data import page_data
from exercises.dose import describe
from exercises.models import Equipment
from exercises.pictures import alt_texts


def picture_data(picture, *, alt: str, absolute) -> dict | None:
    """A picture as an ``ImageObject``: its widest screen rendition (the fallback format)."""
    if not picture.sources:
        return None
    widest = picture.sources[-1].srcset.split(", ")[-1].rsplit(" ", 1)[0]
    data = {
        "@type": "ImageObject",
        "contentUrl": absolute(widest),
        "width": picture.width,
        "height": picture.height,
    }
    if alt:
        data["description"] = alt
    if picture.credit:
        data["creditText"] = picture.credit
    return data


def exercise_data(item, *, url: str, clinic, home_url: str, language: str, absolute) -> dict:
    data = page_data(item, url=url, clinic=clinic, home_url=home_url, language=language)
    found = getattr(item, "pictures", {}) or {}
    texts = alt_texts(item, language=language)
    images = []
    for moment, image_id in (("start", item.start_image_id), ("end", item.end_image_id)):
        picture = found.get(image_id) if image_id else None
        if picture is not None:
            image = picture_data(picture, alt=texts[moment][0], absolute=absolute)
            if image is not None:
                images.append(image)
    howto = {
        "@type": "HowTo",
        "name": item.title,
        "description": item.purpose,
        "step": [
            {"@type": "HowToStep", "position": number, "text": step}
            for number, step in enumerate(item.step_list, start=1)
        ],
    }
    if item.aliases:
        howto["alternateName"] = item.aliases
    if images:
        howto["image"] = images
    tools = [
        str(label)
        for value, label in Equipment.choices
        if value in item.equipment and value != Equipment.NONE
    ]
    if tools:
        howto["tool"] = [{"@type": "HowToTool", "name": name} for name in tools]
    data["mainEntity"] = howto
    data["about"] = {
        "@type": "ExercisePlan",
        "name": item.title,
        "exerciseType": str(item.get_position_display()),
        "repetitions": item.repetitions,
        "activityFrequency": ", ".join(describe(item.dose)[1:]),
        "description": "; ".join(describe(item.dose)),
    }
    return data
