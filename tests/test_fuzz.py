"""Fuzzing: mutants of the valid examples through validate, convert and load, in this process.

Hypothesis draws each mutant from a valid example: a value replaced by another type, an
edge of unicode, numbers or dates, a YAML 1.1 scalar, deep nesting, a JSON-LD keyword, a
key removed, renamed or doubled, or the text itself cut and spliced. Each is written as
YAML, JSON or JSON Lines and then

* validated, as the command does: no exception may escape, the exit code must follow the
  contract, and no finding may be ``INTERNAL-*`` (a catch-all that turns crashes into
  findings does not pass);
* converted (JSON-LD, Turtle now and then, and the exporter of its record type): a result
  or a `ConversionError`, nothing else;
* loaded as typed models: the records, `InputError` or pydantic's `ValidationError`.

The budget is time, not a count: ``--fuzz-seconds`` (default 120 with CI=true, 20 otherwise).
Each round of Hypothesis examples is new, so a longer budget searches further.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import time

import pytest
import yaml
from conftest import DATA, IN_CI, examples, load_record
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ccai_standards
from ccai_standards.cli import main
from ccai_standards.convert.registry import CONVERTERS
from ccai_standards.convert.results import ConversionError
from ccai_standards.findings import InputError

VALID = [(e.path, load_record(e.path)) for e in examples("valid")]
EXPORTERS = {}
for _converter in CONVERTERS:
    if _converter.frm == "ccai" and _converter.to not in ("turtle", "jsonld"):
        for _record_type in _converter.accepts:
            EXPORTERS.setdefault(_record_type, []).append(_converter.to)

EDGE_STRINGS = ["", " ", "\u0000", "\u200b", "\u202e", "e\u0301", "\U0001f600", "\ufeff", "a" * 5000,
                "https://", "urn:uuid:", "http://x", "https://a b", "NO", "yes", "~", "null", "0o12", "012", "08",
                ".inf", "-.nan", "1e400", "9" * 30, "true", "@id", "2025-02-30", "0000-01-01", "9999-12-31"]
EDGE_TIMES = ["2016-12-31T23:59:60Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59-05:00",
              "0001-01-01T00:00:00+14:00", "2025-02-29T00:00:00Z", "2024-02-29T24:00:00Z",
              "2025-01-01T00:00:00.1234567891234Z", "2025-01-01T00:00:00+23:59", "2025-01-01T00:00:00-00:00",
              "2025-13-01T00:00:00Z", "2025-01-01t00:00:00z", "2025-01-01T00:00:00"]
EDGE_NUMBERS = [0, -1, 2**63 - 1, 2**63, -2**63, 2**64, 10**30, 1e308, -0.0, 1e-320, 0.1, True, False]
YAML_SCALARS = ["012", "08", "0o17", "0x1f", "1_000", "1:30", "yes", "No", "on", "~", ".inf", ".NaN", "2025-01-01",
                "!!binary aGk=", "*alias", "&anchor x", "<<", "'quoted'", '"\\ud800"', "|\n  block",
                "!!int abc", "!!int 1_000", "!!bool maybe", "!!float x", "!!map x", "!!seq x", "!!str [a]",
                "!!null x", "!!timestamp 2020-01-01", "!!set {a}", "!!python/name:os.system x", "? [a]\n: b"]
KEYWORDS = ["@context", "@type", "@id", "@graph", "@value", "@list", "@reverse"]
CONTEXTS = ["https://w3id.org/ccai/schema/0.1.0/ccai.context.jsonld", "http://127.0.0.1:9/ctx",
            "file:///etc/passwd", {"name": "http://evil.example/x"}, [], [None], 5]


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, prefix + (key,))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _paths(child, prefix + (index,))


def _get(data, path):
    for part in path:
        data = data[part]
    return data


def _set(data, path, value):
    if not path:
        return value
    _get(data, path[:-1])[path[-1]] = value
    return data


def _nest(depth: int):
    value: object = "x"
    for _ in range(depth):
        value = [value]
    return value


def _fresh(strategy):
    """Values drawn from a shared list are copied, so mutating one never changes the next draw."""
    return strategy.map(copy.deepcopy)


@st.composite
def mutants(draw):
    source_path, original = draw(st.sampled_from(VALID))
    original = copy.deepcopy(original)
    data = copy.deepcopy(original)
    for _ in range(draw(st.integers(1, 3))):
        paths = list(_paths(data))
        path = draw(st.sampled_from(paths))
        kind = draw(st.sampled_from(["value", "time", "number", "string", "type", "delete", "add", "rename",
                                     "nest", "keyword", "context", "container"]))
        if kind == "value":
            data = _set(data, path, draw(st.one_of(st.none(), st.booleans(), st.integers(), st.floats(),
                                                   st.text(max_size=20), st.lists(st.integers(), max_size=3),
                                                   st.dictionaries(st.text(max_size=5), st.integers(), max_size=2))))
        elif kind == "time":
            data = _set(data, path, draw(_fresh(st.sampled_from(EDGE_TIMES))))
        elif kind == "number":
            data = _set(data, path, draw(_fresh(st.sampled_from(EDGE_NUMBERS))))
        elif kind == "string":
            data = _set(data, path, draw(_fresh(st.sampled_from(EDGE_STRINGS))))
        elif kind == "type" and isinstance(data, dict):
            data["type"] = draw(_fresh(st.sampled_from([["Person"], {"a": 1}, "Nope", "person", 7, None,
                                                 *[t for t in ("Person", "ConsentRecord", "ManifestEntry")]])))
        elif kind == "delete" and path:
            parent = _get(data, path[:-1])
            if isinstance(parent, dict):
                parent.pop(path[-1], None)
            elif isinstance(parent, list) and parent:
                parent.pop(path[-1])
        elif kind == "add":
            target = _get(data, path)
            if isinstance(target, dict):
                target[draw(st.sampled_from(["extra", "Type", "ID", "valid_until", "__proto__"]))] = "x"
        elif kind == "rename" and path and isinstance(_get(data, path[:-1]), dict):
            parent = _get(data, path[:-1])
            parent[str(path[-1]) + draw(st.sampled_from(["_", "s", " "]))] = parent.pop(path[-1])
        elif kind == "nest":
            data = _set(data, path, _nest(draw(st.sampled_from([5, 63, 64, 65, 200]))))
        elif kind == "keyword":
            target = _get(data, path)
            if isinstance(target, dict):
                target[draw(st.sampled_from(KEYWORDS))] = draw(_fresh(st.sampled_from(
                    ["Person", "https://i.example/x", ["x"], {"@id": "x"}])))
        elif kind == "context" and isinstance(data, dict):
            data["@context"] = draw(_fresh(st.sampled_from(CONTEXTS)))
        elif kind == "container":
            data = _set(data, path, draw(_fresh(st.sampled_from([[], {}, [[]], [{}], [None]]))))
    form = draw(st.sampled_from(["yaml", "json", "jsonl", "text"]))
    if form == "yaml":
        text = yaml.safe_dump(data, allow_unicode=draw(st.booleans()), sort_keys=False)
    elif form == "json":
        text = json.dumps(data, ensure_ascii=draw(st.booleans()), indent=draw(st.sampled_from([None, 2])))
    elif form == "jsonl":
        text = json.dumps(data) + "\n" + json.dumps(original) + "\n"
    else:  # splice the YAML text itself
        text = source_path.read_text(encoding="utf-8")
        lines = text.splitlines(keepends=True)
        where = draw(st.integers(0, len(lines)))
        insert = draw(st.sampled_from([f"extra: {s}\n" for s in YAML_SCALARS] + ["name: twice\n", "  bad indent\n",
                                       "- item\n", "{\n", "---\n", "\t: tab\n", "key: [unclosed\n"]))
        lines.insert(where, insert)
        text = "".join(lines)
    return form, text, data


def _contract(text: str) -> None:
    """validate, convert and load one mutant; raise AssertionError on anything the contract forbids."""
    validator = ccai_standards.Validator(refs="warn")
    findings = validator.validate(text)
    internal = [f for f in findings if f.code.startswith("INTERNAL")]
    assert not internal, (internal, text[:2000])
    for finding in findings:
        assert finding.location.line is None or finding.location.line >= 1, finding
        assert finding.message and finding.code

    record_types = set()
    for document in ccai_standards.reading.read(text):
        if hasattr(document, "data") and isinstance(document.data, dict) and isinstance(document.data.get("type"),
                                                                                        str):
            record_types.add(document.data["type"])
    targets = ["jsonld"] + [t for r in sorted(record_types) for t in EXPORTERS.get(r, [])][:2]
    if hash(text) % 25 == 0:
        targets.append("turtle")
    for target in targets:
        try:
            result = ccai_standards.convert.convert(text, to=target)
            result.text()
        except ConversionError:
            pass

    from pydantic import ValidationError

    try:
        ccai_standards.load(text)
    except (InputError, ValidationError, ValueError):
        pass


def _budget(request) -> float:
    option = request.config.getoption("--fuzz-seconds")
    if option is not None:
        return float(option)
    return 120.0 if IN_CI else 20.0


def test_mutants_never_crash_and_follow_the_exit_contract(request):
    pytest.importorskip("pydantic")
    budget = _budget(request)
    checked = [0]

    @given(mutants())
    @settings(max_examples=100, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def one_round(mutant):
        form, text, _ = mutant
        checked[0] += 1
        _contract(text)

    started = time.monotonic()
    rounds = 0
    while time.monotonic() - started < budget:
        one_round()
        rounds += 1
    elapsed = time.monotonic() - started
    print(f"\nfuzz: {checked[0]:,} mutants in {rounds} rounds, {elapsed:.0f} s, no finding")
    assert checked[0] > 0


def test_the_exit_code_of_the_command_follows_the_contract_on_mutants(tmp_path, monkeypatch):
    """A sample through the real command line: 0 clean, 1 findings, 2 unreadable or nothing checked."""
    @given(mutants())
    @settings(max_examples=40 if not IN_CI else 100, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    def one(mutant):
        _, text, _ = mutant
        path = tmp_path / "mutant.txt"
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
        validator = ccai_standards.Validator(refs="warn")
        validator.validate(path)
        summary = validator.summary
        expected = 2 if summary.incomplete or summary.documents == 0 else (1 if summary.errors else 0)
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            code = main(["validate", "--refs", "warn", "--format", "json", str(path)])
        assert code == expected, text[:500]

    one()


def test_examples_themselves_pass_the_fuzz_contract():
    for path, _ in VALID:
        _contract(path.read_text(encoding="utf-8"))
