"""Help for every family: emergency numbers for every country, crisis lines, and a crisis path
that cannot be missed (the data, the libphonenumber cross-check, and the screens).
Its screens are tested in tests/ui/test_help.py (Qt)."""

from __future__ import annotations

import re
from pathlib import Path

import phonenumbers.shortnumberinfo as shortnumbers
import pytest

from family_guide.core.countries import ANOTHER_COUNTRY, country_table
from family_guide.core.directory import emergency_for, entries_for
from family_guide.core.loader import load_module
from tests.conftest import MODULES, bundled_catalog

CATALOG = bundled_catalog()
DIRECTORY = CATALOG.of_kind("directory")
# Section B of shared/data/helplines-wave2.md: the regions with a crisis or suicide line (Kenya's
# own crisis line is low confidence, so its children's line Childline 116 stands in, as B says).
CRISIS_REGIONS = ("US", "GB", "IN", "CA", "AU", "DE", "FR", "IE", "ES", "IT", "NL", "PH", "KE", "NG", "MX", "BR")
# Get help now's steps and the needs each lists.
STEP_NEEDS = (("emergency",), ("crisis",), ("image-removal", "report"), ("report", "trafficking"))
STEP_NEEDS += (("child-support", "adult-support"),)


def _rows():
    return {row.country: row for module in DIRECTORY for row in module.manifest.directory.emergency}


# ---------------------------------------------------------------- data


def test_the_country_list_is_every_un_member_state_with_names_in_each_language():
    table = country_table()
    assert len(table.codes) == 193 and len(set(table.codes)) == 193
    assert ANOTHER_COUNTRY not in table.codes and table.is_country(ANOTHER_COUNTRY)
    for language in ("en", "es", "hi", "ar"):
        for code in table.codes:
            name = table.name(code, language)
            assert name and name != code, (language, code)
    assert table.name("EG", "ar") == "مصر" and table.name("IN", "hi") == "भारत"  # from CLDR, not typed
    assert table.regions_of("IE") == ("IE", "EU", "GLOBAL") and table.regions_of("EG") == ("EG", "GLOBAL")


def test_every_shipped_emergency_number_passes_libphonenumber_or_has_a_documented_exception():
    """Google's libphonenumber cross-checks every number; each disagreement is explained in the data
    (section A.1 of the research), and an explanation that no longer applies is caught too."""
    checked = 0
    for code, row in _rows().items():
        for number in row.numbers:
            recognised = shortnumbers.is_emergency_number(number.number, code)
            if number.check_exception:
                assert not recognised, f"{code} {number.number}: the exception is stale, libphonenumber agrees now"
            else:
                assert recognised, f"{code} {number.number}: not an emergency number for libphonenumber"
            checked += 1
    assert checked > 300


def test_numbers_the_research_says_not_to_ship_are_not_shipped():
    rows = _rows()
    for code in ("GQ", "GA", "GN", "LS", "LY"):  # conflicting and unconfirmed: "do not ship"
        assert rows[code].numbers == [] and emergency_for(DIRECTORY, code).primary is None
    # Libphonenumber disagreements never rise above medium.
    for code, row in rows.items():
        for number in row.numbers:
            assert not (number.check_exception and number.confidence == "high"), (code, number.number)


@pytest.mark.parametrize("country", CRISIS_REGIONS)
def test_every_region_with_a_crisis_line_lists_it_under_the_crisis_need(country):
    groups = entries_for(DIRECTORY, country, ("crisis",))
    national = [entry for _, pairs in groups for _, entry in pairs if entry.country == country]
    assert national and all(e.phone for e in national), country


def test_new_countries_have_their_national_lines():
    expected = {
        "EG": "16000",
        "SA": "116111",
        "AE": "116111",
        "JO": "110",
        "MA": "2511",
        "PK": "1121",
        "BD": "1098",
        "NP": "1098",
    }
    for country, phone in expected.items():
        phones = {e.phone for _, pairs in entries_for(DIRECTORY, country) for _, e in pairs if e.country == country}
        assert phone in phones, country
    for country in ("IQ", "LB"):  # no child help line confirmed: only the emergency number
        assert emergency_for(DIRECTORY, country).primary in ("911", "112")


def test_switzerland_has_the_missing_children_hotline_though_not_in_the_eu():
    """helplines.md's 116 000 row names Switzerland among its 32 countries (issue 15: French)."""
    listed = {e.id: e for _, pairs in entries_for(DIRECTORY, "CH") for _, e in pairs}
    assert listed["ch-116000"].phone == "116 000" and "eu-116000" not in listed
    assert listed["ch-116000"].confidence == "medium"  # one page citing Missing Children Europe


def test_no_step_of_get_help_now_lists_the_same_service_twice():
    for country in (*country_table().codes, ANOTHER_COUNTRY):
        for needs in STEP_NEEDS:
            listed = [entry for _, pairs in entries_for(DIRECTORY, country, needs) for _, entry in pairs]
            ids = [e.id for e in listed]
            phones = ["".join(filter(str.isdigit, e.phone)) for e in listed if e.phone]
            webs = [e.web for e in listed if e.web]
            assert len(ids) == len(set(ids)) and len(phones) == len(set(phones)), (country, needs)
            assert len(webs) == len(set(webs)), (country, needs)


def test_trafficking_and_image_removal_services_where_they_exist():
    def names(country, need):
        return {e.id for _, p in entries_for(DIRECTORY, country, (need,)) for _, e in p}

    for country in ("US", "GB", "CA", "AU", "MX", "PH"):
        assert any(i.startswith(country.lower()) for i in names(country, "trafficking")), country
    assert "au-esafety" in names("AU", "image-removal")
    assert "ca-needhelpnow" in names("CA", "image-removal")
    assert "gb-iwf" in names("GB", "report")


def test_a_directory_entry_for_an_unknown_country_is_reported_and_left_out(module_copy):
    folder = module_copy("help-directory")
    manifest = folder / "module.yaml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace("      country: JO\n", "      country: XZ\n", 1), encoding="utf-8"
    )
    module, problems, _ = load_module(folder)
    assert module is not None and problems == []
    assert "jo-110-helpline" not in {e.id for e in module.manifest.directory.entries}
    assert any("unknown country 'XZ'" in p.message and p.line for p in module.skipped_parts)


def test_a_bad_emergency_row_is_left_out_and_the_rest_still_load(module_copy):
    folder = module_copy("emergency-numbers")
    manifest = folder / "module.yaml"
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace('        - number: "999"\n', '        - number: "9a9"\n', 1), encoding="utf-8")
    module, problems, _ = load_module(folder)
    assert module is not None and problems == []
    assert len(module.manifest.directory.emergency) == 192
    assert any("directory.emergency." in p.field and p.line for p in module.skipped_parts)


# ---------------------------------------------------------------- screens


def test_guides_and_checklists_send_self_harm_to_the_crisis_step():
    """Every link next to words about a child hurting themselves opens the crisis step, not step 1."""
    pattern = re.compile(r"(hurt(ing)? themsel(f|ves)|self-harm|suicid)[^\n]{0,160}?\]\(help:(\w+)\)", re.I)
    found = 0
    for path in sorted(Path(MODULES).glob("*/en.yaml")):
        text = re.sub(r"\s*\n\s*", " ", path.read_text(encoding="utf-8"))
        for match in pattern.finditer(text):
            found += 1
            assert match.group(4) == "crisis", f"{path.parent.name}: {match.group(0)[:120]}"
    assert found >= 3


# ---------------------------------------------------------------- Get help now in every dialog


def test_spaced_phone_numbers_keep_their_order_in_arabic_text():
    """ "116 123" inside an Arabic sentence would read "123 116" without an isolate; files may not carry one."""
    from family_guide.core.render import to_html

    html = to_html("اتصل مجانًا بالرقم 116 123 أو 1-800-891-4416، أو أرسل رسالة إلى 0477 13 11 14.")
    assert "\u2066116 123\u2069" in html and "\u20660477 13 11 14\u2069" in html
    assert "1-800-891-4416" in html  # a hyphen already keeps the groups together: no isolate needed
    assert to_html("Ages 9 to 12") == "<p>Ages 9 to 12</p>\n"
