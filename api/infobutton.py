"""HL7 Context-Aware Knowledge Retrieval ("Infobutton"), URL-based, as MedlinePlus Connect.

An EHR asks ``/api/infobutton/?mainSearchCriteria.v.c=M17.11&mainSearchCriteria.v.cs=
2.16.840.1.113883.6.90`` and gets the live conditions for that diagnosis: their
pages, handouts and review dates, and each one's live exercise programme templates
(title, summary, page), as JSON or as an Atom feed (``knowledgeResponseType=
text/xml``). Parameters we do not use (the patient's age, the task...) are ignored,
as the implementation guide allows.

``parse`` is pure (text in, a ``Request`` or a ``ParameterProblem`` out);
``find_conditions`` asks the database; ``feed`` builds the answer as plain data,
which ``atom`` writes as XML.
"""

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, datetime

from django.conf import settings
from django.db.models import (
    Case,
    IntegerField,
    Max,
    Prefetch,
    Q,
    Value,
    When,
    prefetch_related_objects,
)
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from api.problems import ParameterProblem
from articles.localise import localise_all, name_order, words_language
from articles.models import ICD10_PREFIX, Condition, icd10_code_match
from clinic.plaintext import without_control_characters
from exercises.models import ProgrammeTemplate

CODE = "mainSearchCriteria.v.c"
CODE_SYSTEM = "mainSearchCriteria.v.cs"
DISPLAY_NAME = "mainSearchCriteria.v.dn"
LANGUAGE = "informationRecipient.languageCode.c"
RESPONSE_TYPE = "knowledgeResponseType"

ICD10_CM = "2.16.840.1.113883.6.90"
JSON, XML = "application/json", "text/xml"
RESPONSE_TYPES = {JSON: JSON, XML: XML, "application/atom+xml": XML}
MAX_CODES = 20
MAX_CODE_LENGTH = 20
MAX_DISPLAY_NAME = 200
# An ISO object identifier, as HL7 names code systems.
OID = re.compile(r"[0-2](\.(0|[1-9][0-9]{0,9})){1,30}")
# A language tag: en, es, es-MX, en-US...
LANGUAGE_TAG = re.compile(r"([a-zA-Z]{2,3})(-[a-zA-Z0-9]{1,8}){0,3}")
# Display-name words that say nothing about which condition (ICD-10-CM's wording).
STOP_WORDS = {
    "and", "the", "for", "with", "without", "not", "other", "unspecified", "left",
    "right", "bilateral", "unilateral", "initial", "subsequent", "encounter", "current",
}  # fmt: skip
MAX_WORDS = 12

ATOM_NS = "http://www.w3.org/2005/Atom"
SCHEMA_NS = "https://schema.org/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# ElementTree's prefixes are process-wide: Atom as the default namespace (<feed
# xmlns="...">) and "schema:lastReviewed", not "ns0:feed" and "ns1:lastReviewed".
ET.register_namespace("", ATOM_NS)
ET.register_namespace("schema", SCHEMA_NS)


@dataclass(frozen=True)
class Request:
    codes: tuple[str, ...]
    code_system: str
    display_name: str
    language: str
    response_type: str

    @property
    def key(self) -> str:
        return "|".join([",".join(self.codes), self.code_system, self.display_name, self.language])


def _text(params, name: str, max_length: int) -> list[str]:
    values = [value.strip() for value in params.getlist(name)]
    for value in values:
        if "\x00" in value or not value.isprintable():
            raise ParameterProblem(name, _("Use plain text, without control characters."))
        if len(value) > max_length:
            raise ParameterProblem(name, _("Use at most %(max)d characters.") % {"max": max_length})
    return [value for value in values if value]


def _one(params, name: str, max_length: int) -> str:
    values = _text(params, name, max_length)
    if len(set(values)) > 1:
        raise ParameterProblem(name, _("Give this parameter once."))
    return values[0] if values else ""


def normalise_icd10(code: str) -> str:
    """``m1711`` and ``M17.11`` alike: upper case, the dot after the category."""
    plain = code.upper().replace(".", "")
    return plain if len(plain) <= 3 else f"{plain[:3]}.{plain[3:]}"


def parse(params) -> Request:
    """The request's parameters, checked; ``ParameterProblem`` names a bad one."""
    codes = _text(params, CODE, MAX_CODE_LENGTH)
    if len(codes) > MAX_CODES:
        raise ParameterProblem(CODE, _("Give at most %(max)d codes.") % {"max": MAX_CODES})
    system = _one(params, CODE_SYSTEM, 100)
    display_name = " ".join(_one(params, DISPLAY_NAME, MAX_DISPLAY_NAME).split())
    if not codes and not display_name:
        raise ParameterProblem(
            CODE, _("Give a diagnosis code or its name (%(dn)s).") % {"dn": DISPLAY_NAME}
        )
    if codes and not system:
        raise ParameterProblem(
            CODE_SYSTEM,
            _("Say which code system the codes are in, e.g. %(oid)s for ICD-10-CM.")
            % {"oid": ICD10_CM},
        )
    if system and not OID.fullmatch(system):
        raise ParameterProblem(
            CODE_SYSTEM, _("Give the code system as an OID, e.g. %(oid)s.") % {"oid": ICD10_CM}
        )
    if system == ICD10_CM:
        codes = [normalise_icd10(code) for code in codes]
        bad = [code for code in codes if not ICD10_PREFIX.match(code)]
        if bad:
            raise ParameterProblem(
                CODE,
                _("Not an ICD-10-CM code: %(code)s. Write codes like M17.11.") % {"code": bad[0]},
            )
    return Request(
        codes=tuple(sorted(set(codes))),
        code_system=system,
        display_name=display_name,
        language=_language(params),
        response_type=_response_type(params),
    )


def _language(params) -> str:
    tag = _one(params, LANGUAGE, 35) or settings.LANGUAGE_CODE
    match = LANGUAGE_TAG.fullmatch(tag)
    language = match.group(1).lower() if match else ""
    codes = [code for code, _name in settings.LANGUAGES]  # the portal's, at request time
    if language not in codes:
        raise ParameterProblem(LANGUAGE, _("Use one of: %(codes)s.") % {"codes": ", ".join(codes)})
    return language


def _response_type(params) -> str:
    asked = _one(params, RESPONSE_TYPE, 50).lower() or JSON
    if asked not in RESPONSE_TYPES:
        raise ParameterProblem(RESPONSE_TYPE, _("Ask for application/json or text/xml (Atom)."))
    return RESPONSE_TYPES[asked]


# Finding the conditions --------------------------------------------------------


def _code_and_its_categories(code: str) -> list[str]:
    """M17.11 -> [M17.11, M17.1, M17]: a condition coded with any of them matches."""
    plain = code.replace(".", "")
    return [normalise_icd10(plain[:end]) for end in range(len(plain), 2, -1)]


def _stored_code(code: str) -> Q:
    """Rows whose space-separated codes include exactly ``code``."""
    return Q(icd10_codes__regex=rf"(^| ){re.escape(code)}( |$)")


def code_match(codes) -> Q:
    """Conditions with a code that starts with a requested one (S83.5 finds
    S83.511A), or that a requested code starts with (M17.11 finds M17.1)."""
    match = Q(pk__in=[])
    for code in codes:
        match |= icd10_code_match(code)
        for category in _code_and_its_categories(code)[1:]:
            match |= _stored_code(category)
    return match


def name_words(display_name: str) -> list[str]:
    words = re.findall(r"\w+", display_name.casefold())
    return [w for w in words if len(w) >= 3 and w not in STOP_WORDS][:MAX_WORDS]


def name_match(queryset, display_name: str) -> list[Condition]:
    """The conditions whose name, other names or search aliases hold the most
    words of the display name ("meniscus" -> the meniscus tear)."""
    words = name_words(display_name)
    if not words:
        return []
    score = sum(
        (
            Case(
                When(
                    Q(title__icontains=word)
                    | Q(also_known_as__icontains=word)
                    | Q(search_aliases__icontains=word),
                    then=Value(1),
                ),
                default=Value(0),
                output_field=IntegerField(),
            )
            for word in words
        ),
        Value(0),
    )
    found = list(queryset.annotate(score=score).filter(score__gt=0).order_by("-score", "title"))
    return [c for c in found if c.score == found[0].score]


def find_conditions(request: Request) -> list[Condition]:
    """Live conditions for the codes; by display name when no code matches.
    Codes of another system than ICD-10-CM match nothing."""
    live = Condition.objects.published()
    if request.codes and request.code_system != ICD10_CM:
        return []
    found = list(live.filter(code_match(request.codes)).order_by("title")) if request.codes else []
    if not found and request.display_name:
        found = name_match(live, request.display_name)
    return found


# The answer ----------------------------------------------------------------------


def with_live_templates(conditions) -> None:
    """Each condition's live programme templates in ``live_templates`` (one query)."""
    prefetch_related_objects(
        conditions,
        Prefetch(
            "programme_templates",
            queryset=ProgrammeTemplate.objects.published().order_by("title"),
            to_attr="live_templates",
        ),
    )


def template_links(conditions, *, language: str, absolute) -> dict[int, list[dict]]:
    """By condition id, its live templates (``with_live_templates``) as links, in
    ``language`` where translated (one query for all), by the names shown."""
    everyone = {t.pk: t for c in conditions for t in c.live_templates}
    shown = {t.pk: t for t in localise_all(everyone.values(), language)}
    links = {}
    for condition in conditions:
        pages = sorted(
            (shown[t.pk] for t in condition.live_templates), key=lambda t: name_order(t.title)
        )
        links[condition.pk] = [_template_link(page, absolute) for page in pages]
    return links


def _template_link(page, absolute) -> dict:
    in_language = words_language(page)
    with translation.override(in_language):
        url = absolute(page.get_absolute_url())
    return {"title": page.title, "summary": page.summary, "url": url, "language": in_language}


def entries_for(conditions, *, language: str, absolute) -> list[dict]:
    """One entry per condition: its live translation into ``language`` where there
    is one (addresses under that language's prefix), else the English page; with
    its live programme templates, each in ``language`` where translated."""
    with_live_templates(conditions)
    templates = template_links(conditions, language=language, absolute=absolute)
    entries = []
    for page in localise_all(conditions, language):
        in_language = words_language(page)
        with translation.override(in_language):
            pdf = absolute(reverse("handouts:condition", args=[page.slug]))
            url = absolute(page.get_absolute_url())
        reviewed = None if page.is_demo or not page.reviewed_on else page.reviewed_on
        entries.append(
            {
                "title": page.title,
                "summary": page.summary,
                "url": url,
                "handout_pdf": pdf,
                "handout_pdf_large_print": f"{pdf}?size=large",
                "last_reviewed": reviewed.isoformat() if reviewed else None,
                "updated": _iso(page.updated),
                "language": in_language,
                "icd10_codes": page.codes,
                "programme_templates": templates[page.pk],
            }
        )
    return entries


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def feed(request: Request, *, clinic, absolute, self_url: str) -> dict:
    """The whole answer as plain data (cached per content version by the view),
    its own words in the reader's language; each entry says which language it is in."""
    with translation.override(request.language):
        return _feed(request, clinic=clinic, absolute=absolute, self_url=self_url)


def _feed(request: Request, *, clinic, absolute, self_url: str) -> dict:
    conditions = find_conditions(request)
    entries = entries_for(conditions, language=request.language, absolute=absolute)
    if conditions:
        # A template's change is a change of the answer too.
        updated = max(item.updated for c in conditions for item in (c, *c.live_templates))
    else:
        latest = Condition.objects.published().aggregate(latest=Max("updated"))["latest"]
        updated = latest or datetime(2000, 1, 1, tzinfo=UTC)
    asked = ", ".join(request.codes) or request.display_name
    return {
        "feed": {
            "id": self_url,
            "title": _("%(clinic)s: information for patients") % {"clinic": clinic.name},
            "subtitle": _("Pages about %(asked)s") % {"asked": asked},
            "updated": _iso(updated),
            "language": request.language,
            "author": {"name": clinic.name, "uri": absolute("/")},
            "request": {
                "codes": list(request.codes),
                "code_system": request.code_system,
                "display_name": request.display_name,
                "language": request.language,
            },
            "entry": entries,
        }
    }


def atom(data: dict) -> bytes:
    """The feed as Atom XML (RFC 4287); the review date as schema.org's lastReviewed."""
    data = data["feed"]
    root = ET.Element(f"{{{ATOM_NS}}}feed", {XML_LANG: data["language"]})

    def add(parent, tag, text=None, ns=ATOM_NS, **attrs):
        # Text saved before control characters were stripped at save must not
        # make the feed invalid XML (ElementTree writes them as they are).
        clean = {name: without_control_characters(str(v)) for name, v in attrs.items()}
        element = ET.SubElement(parent, f"{{{ns}}}{tag}", clean)
        element.text = without_control_characters(text) if text else text
        return element

    add(root, "id", data["id"])
    add(root, "title", data["title"], type="text")
    add(root, "subtitle", data["subtitle"], type="text")
    add(root, "updated", data["updated"])
    author = add(root, "author")
    add(author, "name", data["author"]["name"])
    add(author, "uri", data["author"]["uri"])
    add(root, "link", rel="self", href=data["id"])
    for code in data["request"]["codes"]:
        add(root, "category", scheme=data["request"]["code_system"], term=code)
    for entry in data["entry"]:
        element = add(root, "entry", **{XML_LANG: entry["language"]})
        add(element, "id", entry["url"])
        add(element, "title", entry["title"], type="text")
        add(element, "updated", entry["updated"])
        add(element, "link", rel="alternate", type="text/html", href=entry["url"])
        add(element, "link", rel="related", type="application/pdf", href=entry["handout_pdf"],
            title=_("Handout (PDF)"))  # fmt: skip
        add(element, "link", rel="related", type="application/pdf",
            href=entry["handout_pdf_large_print"], title=_("Large print handout (PDF)"))  # fmt: skip
        for template in entry["programme_templates"]:
            add(element, "link", rel="related", type="text/html", href=template["url"],
                title=template["title"], hreflang=template["language"])  # fmt: skip
        add(element, "summary", entry["summary"], type="text")
        for code in entry["icd10_codes"]:
            add(element, "category", scheme=ICD10_CM, term=code)
        if entry["last_reviewed"]:
            add(element, "lastReviewed", entry["last_reviewed"], ns=SCHEMA_NS)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
