"""One meaning of a location: CCAI patterns match whole addresses; robots.txt-style paths are prefixes."""

from __future__ import annotations

import pytest
from convert_helpers import IMPORT_CONTEXT

from ccai_standards.convert.api import convert
from ccai_standards.convert.locations import from_robots, matches, robots_matches, to_robots

# RFC 9309 section 2.2.2 and the matching examples of Google's robots.txt specification, which
# TDMRep, AIPREF and RSL point to: (pattern, path, matches)
ROBOTS_EXAMPLES = [
    ("/", "/anything", True),
    ("/fish", "/fish", True), ("/fish", "/fish.html", True), ("/fish", "/fish/salmon.html", True),
    ("/fish", "/Fish.asp", False), ("/fish", "/catfish", False),
    ("/fish*", "/fishheads/yummy.html", True),
    ("/fish/", "/fish/", True), ("/fish/", "/fish/salmon.htm", True), ("/fish/", "/fish", False),
    ("/*.php", "/folder/filename.php?parameters", True), ("/*.php", "/windows.PHP", False),
    ("/*.php$", "/filename.php", True), ("/*.php$", "/filename.php?parameters", False),
    ("/fish*.php", "/fishheads/catfish.php?parameters", True), ("/fish*.php", "/Fish.PHP", False),
]


@pytest.mark.parametrize("pattern, path, expected", ROBOTS_EXAMPLES)
def test_robots_matching_and_the_ccai_translation_agree(pattern, path, expected):
    assert robots_matches(pattern, path) is expected
    site = "https://x.example"
    assert matches(from_robots(site, pattern), site + path) is expected
    # and back: the robots.txt path written for the CCAI pattern matches the same
    back_site, back = to_robots(from_robots(site, pattern))
    assert back_site == site and robots_matches(back, path) is expected


def test_a_ccai_pattern_without_a_wildcard_is_one_address():
    assert matches("https://x.example/shows/", "https://x.example/shows/")
    assert not matches("https://x.example/shows/", "https://x.example/shows/one")
    assert to_robots("https://x.example/shows/") == ("https://x.example", "/shows/$")
    assert to_robots("https://x.example/shows/*") == ("https://x.example", "/shows/")


def test_a_tdmrep_directory_stays_a_directory_through_robots_txt():
    rules = '[{"location": "/shows/", "tdm-reservation": 1}]'
    record = convert(rules, frm="tdmrep", to="ccai", base_url="https://x.example", **IMPORT_CONTEXT).output
    assert record["locations"] == ["https://x.example/shows/*"]
    assert "Content-Usage: /shows/ " in convert(record, to="robots").output


def test_a_rule_without_a_path_is_the_whole_site_without_a_warning():
    result = convert("User-Agent: *\nContent-Usage: train-ai=n\n", frm="robots", to="ccai",
                     base_url="https://x.example", **IMPORT_CONTEXT)
    assert result.output["locations"] == ["https://x.example/*"]
    assert not [w for w in result.warnings if "path" in w.message]


def test_an_allow_inside_a_disallowed_path_does_not_open_it_to_the_broader_rule():
    text = "User-Agent: *\nDisallow: /private/\nAllow: /private/press/\nContent-Usage: train-ai=y\n"
    records = convert(text, frm="robots", to="ccai", base_url="https://x.example", **IMPORT_CONTEXT).output
    private = [r for r in records if r["locations"] == ["https://x.example/private/*"]]
    assert private and {u["permission"] for u in private[0]["use_preferences"]} == {"not_allowed"}
    # an Allow of the same path wins the tie (RFC 9309), so nothing is refused there
    text = "User-Agent: *\nDisallow: /open/\nAllow: /open/\nContent-Usage: train-ai=y\n"
    record = convert(text, frm="robots", to="ccai", base_url="https://x.example", **IMPORT_CONTEXT).output
    assert record["locations"] == ["https://x.example/*"]
