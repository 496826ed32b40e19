"""``python -m generators pr-check``: everything a pull request must pass, in one command.

Steps, in order: lint, build (artefacts in memory, then the site), drift (the committed
artefacts equal the build), examples, and the diff against the last release with its
verdict. Every step runs even when an earlier one failed, so an author sees all problems
at once; the exit code is 1 when any step failed. It only reads the checkout (the site goes
to the ignored site/ folder), so CI can trust that what it checks is what was committed.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import paths, versioning


def unreleased_entries(changelog: Path) -> list[str]:
    """The bullet points under `## [Unreleased]` in a keep-a-changelog file."""
    if not changelog.exists():
        return []
    entries, inside = [], False
    for line in changelog.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            inside = line.strip().lower() == "## [unreleased]"
        elif inside and line.startswith("- "):
            entries.append(line[2:].strip())
    return entries


COMMENT_MARKER = "<!-- ccai pr-check diff -->"


@dataclass
class Outcome:
    name: str
    ok: bool
    detail: str = ""
    seconds: float = 0.0


@dataclass
class PrCheck:
    """The steps share what they produce (the in-memory build, the diff report)."""

    summary_file: Path | None = None
    base: str | None = None  # the target branch to take the baseline from (default: $GITHUB_BASE_REF)
    comment_file: Path | None = None  # the pull-request comment: the diff as Markdown, with its marker
    files: dict[str, bytes] | None = None
    report: Any = None
    outcomes: list[Outcome] = field(default_factory=list)

    def lint(self) -> tuple[bool, str]:
        from . import lint

        return lint.run() == 0, ""

    def build(self) -> tuple[bool, str]:
        from . import artifacts, site

        self.files = artifacts.build_all()
        code = site.build_site(strict=True)
        return code == 0, f"{len(self.files)} artefacts built" + ("" if code == 0 else "; the site build failed")

    def drift(self) -> tuple[bool, str]:
        from . import artifacts, npm_package

        if self.files is None:
            return False, "skipped: the build failed"
        stale = artifacts.stale(self.files, paths.ARTIFACTS_DIR) + npm_package.stale_package(self.files)
        for rel in stale:
            print(f"  stale: {rel}")
        if stale:
            return False, f"{len(stale)} artefact(s) differ from the schema; run `python -m generators build`"
        return True, "committed artefacts match the schema"

    def examples(self) -> tuple[bool, str]:
        from . import examples

        return examples.run() == 0, ""

    def diff(self) -> tuple[bool, str]:
        """The diff against the last release on the target branch, the released files and the deprecation window."""
        from ccai_standards.diff import compare
        from ccai_standards.diff.renderers import render_text, verdict_sentence

        from .baseline import find_baseline
        from .deprecation import window_problems

        baseline = find_baseline(paths.ROOT, self.base)
        for note in baseline.notes:
            print(f"note: {note}")
        problems = baseline.problems + baseline.protection_problems(paths.ROOT)
        problems += self._release_problems()
        if baseline.ref is None and os.environ.get("GITHUB_ACTIONS") == "true":
            problems.append("CI has no git history to check the released files against; check out with "
                            "`fetch-depth: 0`")
        if baseline.spec is None:
            current = versioning.schema_version()
            for problem in problems:
                print(f"error: {problem}")
            return not problems, (f"no release on {baseline.source} yet, nothing to compare (the first release will "
                                  f"be {current})" + (f"; {len(problems)} problem(s)" if problems else ""))
        self.report = compare(baseline.spec, str(paths.ROOT), cwd=paths.ROOT)
        window, window_notes = window_problems(self.report, paths.ROOT)
        self.report.problems += problems + window
        self.report.notes += window_notes
        print(render_text(self.report), end="")
        if self.report.changes and not unreleased_entries(paths.ROOT / "CHANGELOG.md"):
            print("note: CHANGELOG.md has no entry under [Unreleased]; say what changed for users")
        detail = f"against {baseline.version} on {baseline.source}: {verdict_sentence(self.report)}"
        if self.report.problems:
            detail += f"; {len(self.report.problems)} problem(s)"
        return self.report.bumped_enough and not self.report.problems, detail

    def _release_problems(self) -> list[str]:
        """When the tree holds a release of its own version, it must be exactly what the tree builds."""
        from .release import verify_release

        version = versioning.schema_version()
        if not (versioning.releases_dir() / f"{version}.yaml").exists():
            return []
        if self.files is None:  # the build step failed (and fails the check) or did not run
            print(f"note: the release files of {version} are not verified: there is no build to compare them with")
            return []
        return verify_release(paths.ROOT, version, self.files)

    def steps(self) -> list[tuple[str, Callable[[], tuple[bool, str]]]]:
        return [("lint", self.lint), ("build", self.build), ("drift", self.drift), ("examples", self.examples),
                ("diff", self.diff)]

    def run(self) -> int:
        steps = self.steps()
        for number, (name, step) in enumerate(steps, 1):
            print(f"\n── {number}/{len(steps)} {name} " + "─" * max(3, 60 - len(name)), flush=True)
            started = time.perf_counter()
            try:
                ok, detail = step()
            except ModuleNotFoundError as exc:
                ok, detail = False, f"{exc.name} is not installed. Run: pip install -e '.[authoring]'"
            except Exception as exc:  # one broken step must not hide the others' results
                if os.environ.get("CCAI_DEBUG"):
                    raise
                ok, detail = False, f"error: {exc} (set CCAI_DEBUG=1 to see where)"
            self.outcomes.append(Outcome(name, ok, detail, time.perf_counter() - started))
        self._print_summary()
        if self.summary_file is not None:
            self._write_summary(self.summary_file)
        if self.comment_file is not None:
            self._write_comment(self.comment_file)
        return 0 if all(o.ok for o in self.outcomes) else 1

    def _print_summary(self) -> None:
        print("\n── pr-check summary " + "─" * 44)
        for outcome in self.outcomes:
            status = "ok" if outcome.ok else "FAILED"
            print(f"  {outcome.name:<9} {status:<7} {outcome.seconds:6.1f} s  {outcome.detail}".rstrip())
        failed = [o.name for o in self.outcomes if not o.ok]
        if failed:
            print(f"pr-check: {len(failed)} of {len(self.outcomes)} steps failed: {', '.join(failed)}")
        else:
            print(f"pr-check: all {len(self.outcomes)} steps passed")

    def _write_comment(self, path: Path) -> None:
        """The one PR comment, replaced on every push: the marker lets the workflow find and update it."""
        from ccai_standards.diff.renderers import render_markdown
        from ccai_standards.files import write_atomically

        failed = [o.name for o in self.outcomes if not o.ok]
        head = f"{COMMENT_MARKER}\n## pr-check: " + (f"❌ {', '.join(failed)} failed" if failed else "✅ all steps passed")
        body = render_markdown(self.report) if self.report is not None else "No release to compare with yet.\n"
        write_atomically(path, f"{head}\n\n{body}")

    def _write_summary(self, path: Path) -> None:
        """Append Markdown for a CI job summary or a PR comment: the steps, then the diff."""
        from ccai_standards.diff.renderers import render_markdown

        lines = ["## pr-check", "", "| Step | Result | Time | Detail |", "|---|---|---|---|"]
        for o in self.outcomes:
            lines.append(f"| {o.name} | {'✅' if o.ok else '❌'} | {o.seconds:.1f} s | "
                         f"{o.detail.replace('|', chr(92) + '|')} |")
        text = "\n".join(lines) + "\n\n"
        if self.report is not None:
            text += render_markdown(self.report)
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(text)


def run(summary_file: Path | None = None, base: str | None = None, comment_file: Path | None = None) -> int:
    return PrCheck(summary_file=summary_file, base=base, comment_file=comment_file).run()
