"""Companies, groups, countries, products, markets and sources from the vocabularies."""
import re

import pytest

from newsfacts.grammar.entities import (canonical_company, find_companies, find_countries, find_groups,
                                        find_markets, find_orgs, find_products)


@pytest.mark.parametrize("alias,canonical", [
    ("SK Hynix", "SK hynix"), ("SK hynix", "SK hynix"), ("Hynix", "SK hynix"),
    ("Samsung", "Samsung Electronics"), ("Samsung SDI", "Samsung SDI"), ("LGES", "LG Energy Solution"),
    ("Taiwan Semiconductor Manufacturing Co.", "TSMC"), ("Micron", "Micron Technology"), ("CATL", "CATL"),
    ("Contemporary Amperex Technology", "CATL"), ("Kia", "Kia"), ("Hyundai Motor Co.", "Hyundai Motor"),
])
def test_company_aliases(alias, canonical):
    assert canonical_company(alias) == canonical


def test_case_sensitive_short_names_do_not_match_words():
    text = "a sharp price rebound; an arm of the group; they tel us"
    assert find_companies(text) == []


def test_groups():
    (g,) = find_groups("the combined market share of the three major Korean battery companies was 19.9%")
    assert g.value == "Korean battery makers (combined)"


@pytest.mark.parametrize("text,code", [
    ("exports to the U.S.", "US"), ("the United States", "US"), ("China", "CN"), ("Vietnam", "VN"),
    ("the EU", "EU"), ("Germany", "DE"), ("Mexico", "MX"), ("India", "IN"),
])
def test_countries(text, code):
    assert find_countries(text)[0].value == code


def test_products_markets_and_sources():
    assert find_products("cathode materials exported")[0].value == "cathode materials"
    assert find_products("chip exports")[0].value == "semiconductors"
    assert find_markets("the global DRAM market")[0].value == "dram"
    assert find_markets("the electric vehicle battery market")[0].value == "ev batteries"
    assert find_orgs("according to the Korea International Trade Association")[0].value == "KITA"
    assert find_orgs("Counterpoint Research said")[0].value == "Counterpoint Research"


def test_every_group_pattern_names_a_nationality():
    """find_groups skips sentences without a nationality word: every group alternative must need one."""
    import csv
    from importlib import resources
    nation = re.compile(r"(?i)korean|chinese|japanese|taiwanese|k-")
    with resources.files("newsfacts.vocab").joinpath("company_groups.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for alternative in _top_level_alternatives(row["pattern"]):
                assert nation.search(alternative), (row["canonical"], alternative)


def _top_level_alternatives(pattern: str) -> list[str]:
    out, depth, cur = [], 0, ""
    for ch in pattern:
        depth += ch == "("
        depth -= ch == ")"
        if ch == "|" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += ch
    return out + [cur]


@pytest.mark.parametrize("text,name", [
    ("LG Electronics India reported revenue", "LG Electronics India"),
    ("Samsung India Electronics' revenue from operations", "Samsung India Electronics"),
    ("Hyundai Motor India Ltd posted", "Hyundai Motor India"),
    ("Samsung Electronics said", "Samsung Electronics"),
    ("Samsung Korea", "Samsung Electronics"),  # the home country is not a subsidiary
    ("SK hynix, China's", "SK hynix"),
])
def test_national_subsidiaries_keep_their_own_name(text, name):
    assert find_companies(text)[0].value == name


def test_group_of_its_members():
    from newsfacts.grammar.entities import group_of
    assert group_of(["SK On", "Samsung SDI"]) == "Korean battery makers (combined)"
    assert group_of(["Samsung Electronics", "SK hynix"]) == "Korean chipmakers (combined)"
    assert group_of(["Samsung Electronics", "CATL"]) is None
    assert group_of(["SK On"]) is None


def test_markets_not_inside_company_names_and_smartphone_oled():
    from newsfacts.grammar.entities import find_markets
    assert [m.value for m in find_markets("Samsung Display's share of smartphone OLED shipments fell to 43.4%")] == ["smartphone oled"]
    assert [m.value for m in find_markets("LG Display makes OLED panels; the display market shrank")] == ["oled", "displays"]


@pytest.mark.parametrize("text,name", [
    ("Korean cathode makers' combined share of global cathode shipments was 11.9%", "Korean cathode makers (combined)"),
    ("Taiwanese substrate makers, including Unimicron, together held 34.6%", "Taiwanese substrate makers (combined)"),
    ("Korean display makers held 33.2%", "Korean panel makers (combined)"),
])
def test_groups_named_by_their_industry(text, name):
    from newsfacts.grammar.entities import find_groups
    assert [g.value for g in find_groups(text)] == [name]


def test_substrate_markets():
    from newsfacts.grammar.entities import find_markets
    assert [m.value for m in find_markets("Ibiden led the FC-BGA substrate market")] == ["fc-bga substrates"]


def test_brands_keep_their_noun():
    from newsfacts.grammar.entities import group_name
    assert group_name("Chinese brands") == "Chinese brands (combined)"
    assert group_name("Korean companies") == "Korean makers (combined)"
