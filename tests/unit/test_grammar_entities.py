"""Companies, groups, countries, products, markets and sources from the vocabularies."""
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
