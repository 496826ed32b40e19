"""The extension points are Protocols, every implementation fits its protocol, the command
line is derived from the registries, and the layering stays as docs/architecture.md says."""

from __future__ import annotations

import ast
import inspect
import io
import subprocess
import sys

import pytest
from conftest import ROOT

from ccai_standards import reporters
from ccai_standards.cli import build_parser
from ccai_standards.convert import registry
from ccai_standards.convert.api import OPTIONS
from ccai_standards.rules import CROSS_RULES, LOCAL_RULES, load_all
from ccai_standards.rules.engine import parameter_names
from ccai_standards.standard_versions import current, for_version, known_versions

SRC = ROOT / "src" / "ccai_standards"


def _parameters(function) -> list[str]:
    return [p.name for p in inspect.signature(function).parameters.values()
            if p.default is inspect.Parameter.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]


@pytest.mark.parametrize("name", sorted(reporters.REPORTERS))
def test_every_reporter_fits_the_protocol(name):
    reporter = reporters.REPORTERS[name](io.StringIO(), quiet=False)
    assert isinstance(reporter, reporters.Reporter)
    assert _parameters(reporter.finding) == ["finding"]
    assert _parameters(reporter.summary) == ["summary"]


def test_report_formats_of_the_command_are_the_registry():
    validate = build_parser("validate")._subparsers._group_actions[0].choices["validate"]
    (option,) = [a for a in validate._actions if a.dest == "format"]
    assert tuple(option.choices) == tuple(reporters.REPORTERS)


@pytest.mark.parametrize("converter", registry.CONVERTERS, ids=lambda c: f"{c.frm}->{c.to}")
def test_every_converter_fits_its_protocol(converter):
    function = converter.load()
    assert callable(function)
    expected = ["batch", "ctx"] if converter.frm == registry.CCAI else ["source", "ctx"]
    assert len(_parameters(function)) == 2, (converter, _parameters(function))
    assert _parameters(function)[1] == expected[1]


def test_every_rule_fits_its_protocol():
    """A rule takes the record, then exactly the parameters its requirement gives values to, by name."""
    load_all()
    for rule in LOCAL_RULES.values():
        assert _parameters(rule.check)[0] == "record", rule.code
    for rule in CROSS_RULES.values():
        assert _parameters(rule.ask)[0] == "record", rule.code
        assert len(_parameters(rule.judge)) == 2, rule.code


@pytest.mark.parametrize("version", known_versions())
def test_every_version_gives_each_rule_exactly_its_parameters(version):
    """No number or word list of a requirement lives in code: the current version gives every parameter a rule
    takes, and no more; an older version gives some of them (the rest are read from the current version)."""
    load_all()
    standard = for_version(version)
    for code, requirement in standard.requirements.items():
        functions = [r.check for r in [LOCAL_RULES.get(code)] if r] + [r.ask for r in [CROSS_RULES.get(code)] if r]
        if not functions or requirement["status"] != "active":
            continue
        taken = frozenset().union(*(parameter_names(f) for f in functions))
        given = set(standard.parameters(code))
        assert given <= taken, (version, code, "a parameter no rule applies")
        assert taken <= given | set(current().parameters(code)), (version, code)
        if version == current().version:
            assert taken == given, (code, "the current version gives every parameter")
        for function in functions:
            defaults = [p for p in list(inspect.signature(function).parameters.values())[1:]
                        if p.default is not inspect.Parameter.empty]
            assert defaults == [], (code, "a parameter with a value in code")


def test_every_convert_option_is_a_flag_of_the_command():
    parser = build_parser()
    convert = next(a for a in parser._subparsers._group_actions[0].choices.items() if a[0] == "convert")[1]
    destinations = {action.dest for action in convert._actions}
    assert set(OPTIONS) <= destinations


def _imports(path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(("." * node.level) + node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_reading_does_not_depend_on_validation_or_conversion():
    for path in (SRC / "reading").glob("*.py"):
        for module in _imports(path):
            assert "validation" not in module and "convert" not in module, (path.name, module)
    for module in _imports(SRC / "positions.py"):
        assert "reading" not in module and "document" not in module  # the parsers ↔ positions cycle is gone


def test_the_validation_path_imports_no_heavy_library():
    probe = ("import sys, ccai_standards; from pathlib import Path; "
             "ccai_standards.validate([Path('tests/data/valid')]); "
             "print(sorted(m for m in ('linkml', 'linkml_runtime', 'pydantic', 'rdflib', 'pyshacl', 'jsonschema', "
             "'rich', 'pyspark', 'duckdb', 'pyarrow', 'polars') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
