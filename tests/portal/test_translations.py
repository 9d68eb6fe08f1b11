"""The translation catalogues: complete, with the same placeholders as the
English, and compiled (a complete Spanish catalogue, compiled as part
of `make run` and `make test` without GNU gettext)."""

import gettext
import re

import polib
import pytest
from django.core.management import call_command
from django.utils import translation

from portal.translations import LOCALE_DIR, catalogues, compile_catalogues, is_current, mo_path

pytestmark = pytest.mark.django_db  # the suite's autouse cache fixture needs the database

CATALOGUES = catalogues()

# %(name)s, %s, %d, %r (python-format) and {name} (python-brace-format).
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sdr]|%[sdr]|\{[a-z_]*\}")
TAG = re.compile(r"</?[a-z]+")


def entries(po):
    for entry in polib.pofile(str(po)):
        if entry.msgid_plural:
            forms = [entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural)]
            yield (
                entry,
                [(entry.msgid, forms[0]), *((entry.msgid_plural, form) for form in forms[1:])],
            )
        else:
            yield entry, [(entry.msgid, entry.msgstr)]


def test_there_is_a_spanish_catalogue():
    assert LOCALE_DIR / "es" / "LC_MESSAGES" / "django.po" in CATALOGUES


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda po: po.parent.parent.name)
def test_every_entry_is_translated_and_none_is_fuzzy(po):
    catalogue = polib.pofile(str(po))
    assert not catalogue.metadata_is_fuzzy
    assert catalogue.metadata.get("Language") == po.parent.parent.name
    assert "Plural-Forms" in catalogue.metadata
    assert [e.msgid for e in catalogue.untranslated_entries()] == []
    assert [e.msgid for e in catalogue.fuzzy_entries()] == []
    assert [e.msgid for e in catalogue.obsolete_entries()] == []
    for entry, pairs in entries(po):
        assert all(translated.strip() for _source, translated in pairs), entry.msgid


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda po: po.parent.parent.name)
def test_translations_keep_placeholders_and_markup(po):
    problems = []
    for _entry, pairs in entries(po):
        for source, translated in pairs:
            if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translated)):
                problems.append(f"placeholders: {source!r} -> {translated!r}")
            if sorted(TAG.findall(source)) != sorted(TAG.findall(translated)):
                problems.append(f"markup: {source!r} -> {translated!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda po: po.parent.parent.name)
def test_compiled_catalogue_is_current(po):
    """The .mo beside each .po is what compile_translations makes of it now."""
    assert is_current(po), f"{mo_path(po)} is missing or stale: run manage.py compile_translations"


def test_compile_translations_writes_mo_files_that_gettext_reads(tmp_path, settings):
    folder = tmp_path / "locale" / "es" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    catalogue = polib.POFile()
    catalogue.metadata = {
        "Content-Type": "text/plain; charset=UTF-8",
        "Language": "es",
        "Plural-Forms": "nplurals=2; plural=(n != 1);",
    }
    catalogue.append(polib.POEntry(msgid="Knee", msgstr="Rodilla"))
    catalogue.append(polib.POEntry(msgid="Kneecap", msgstr="Rótula", flags=["fuzzy"]))
    catalogue.append(
        polib.POEntry(
            msgid="%(n)s tear",
            msgid_plural="%(n)s tears",
            msgstr_plural={0: "%(n)s desgarro", 1: "%(n)s desgarros"},
        )
    )
    catalogue.save(str(folder / "django.po"))
    settings.LOCALE_PATHS = [tmp_path / "locale"]

    call_command("compile_translations", verbosity=0)

    with open(folder / "django.mo", "rb") as mo:
        compiled = gettext.GNUTranslations(mo)
    assert compiled.gettext("Knee") == "Rodilla"
    assert compiled.gettext("Kneecap") == "Kneecap"  # a fuzzy entry is never used
    assert compiled.ngettext("%(n)s tear", "%(n)s tears", 1) == "%(n)s desgarro"
    assert compiled.ngettext("%(n)s tear", "%(n)s tears", 3) == "%(n)s desgarros"
    assert compile_catalogues([tmp_path / "locale"]) == []  # nothing changed: nothing written


def test_django_uses_the_compiled_catalogue():
    with translation.override("es"):
        assert translation.gettext("Read about knee pain") == "Lea sobre el dolor de rodilla"
        assert translation.ngettext("%(counter)s condition", "%(counter)s conditions", 4) == (
            "%(counter)s afecciones"
        )


@pytest.mark.parametrize("po", CATALOGUES, ids=lambda po: po.parent.parent.name)
def test_every_plural_entry_has_each_form_the_language_needs(po):
    """Spanish declares 3 plural forms: with one missing, gettext shows the
    English for the counts that use it."""
    catalogue = polib.pofile(str(po))
    nplurals = int(re.search(r"nplurals=(\d+)", catalogue.metadata["Plural-Forms"])[1])
    short = [
        entry.msgid
        for entry in catalogue
        if entry.msgid_plural
        and sorted(i for i, form in entry.msgstr_plural.items() if form) != list(range(nplurals))
    ]
    assert not short, short
