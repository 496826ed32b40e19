"""``python -m generators``: the author-side commands.

    build     regenerate every artefact, the generated docs pages and the site (and its PDF)
    pdf       print the standard's one-page version from the built site to a PDF (Chromium)
    check     fail, naming each file, when committed artefacts differ from the schema
    lint      linkml lint, metamodel validation and the project's schema conventions
    examples  valid examples pass as one batch; invalid ones fail as their headers say
    pr-check  lint, build, drift, examples and the diff against the last release, in one go
    bump-version  move the version in schema/ccai.yaml and standards/standard.yaml together
    release   cut the current version: every release file, the changelog, a commit and a tag
    site --all-versions  the documentation site of every version, with a version switcher
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
import warnings
from pathlib import Path

from . import paths


def _quiet_linkml() -> None:
    """LinkML's generators print deprecation notes and warnings meant for its developers."""
    logging.getLogger("linkml").setLevel(logging.ERROR)
    logging.getLogger("linkml_runtime").setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", module=r"linkml(_runtime)?(\..*)?")
    warnings.filterwarnings("ignore", category=DeprecationWarning)


def _cmd_build(args: argparse.Namespace) -> int:
    from . import artifacts

    started = time.perf_counter()
    files = artifacts.build_all()
    changed = artifacts.write(files, args.artifacts_dir)
    print(f"artefacts: {len(files)} files in {args.artifacts_dir} ({len(changed)} changed)"
          f" in {time.perf_counter() - started:.1f} s")
    from . import npm_package

    npm_files = npm_package.build_npm(files)
    npm_changed = artifacts.write(npm_files, args.npm_dir, npm_package.NPM_OWNED)
    print(f"npm: {len(npm_files)} files in {args.npm_dir} ({len(npm_changed)} changed)")
    if args.artifacts_only:
        return 0
    from . import pdf, site

    code = site.build_site(strict=True)
    if code == 0 and not args.no_pdf:  # the PDF is skipped, with a note, where Chromium is absent
        code = pdf.main(required=False)
    return code


def _cmd_pdf(args: argparse.Namespace) -> int:
    from . import pdf

    return pdf.main(site_dir=args.site_dir, required=True)


def _cmd_check(args: argparse.Namespace) -> int:
    from . import artifacts

    from . import npm_package

    files = artifacts.build_all()
    problems = artifacts.stale(files, args.artifacts_dir)
    problems += npm_package.stale_package(files, args.npm_dir)
    if problems:
        print(f"{len(problems)} artefact(s) in {args.artifacts_dir} do not match the schema:")
        for rel in problems:
            print(f"  stale: {rel}")
        print("Regenerate them with `python -m generators build` and commit the result.")
        return 1
    print(f"artefacts in {args.artifacts_dir} and the npm package in {args.npm_dir} match the schema")
    return 0


def _cmd_lint(args: argparse.Namespace) -> int:
    from . import lint

    return lint.run()


def _cmd_vendor(args: argparse.Namespace) -> int:
    from . import vendor

    for package in vendor.PACKAGES:
        try:
            size = len(vendor.fetch(package))
        except vendor.VendorError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2  # nothing was checked: the tool could not get what it needs
        print(f"vendor: {package.name} {package.version} ({size:,} bytes) in {package.file}")
    return 0


def _cmd_examples(args: argparse.Namespace) -> int:
    from . import examples

    return examples.run()


def _cmd_pr_check(args: argparse.Namespace) -> int:
    from . import pr_check

    return pr_check.run(args.summary, args.base, args.comment)


def _cmd_bump_version(args: argparse.Namespace) -> int:
    from . import versioning

    try:
        return versioning.bump(args.spec)
    except versioning.VersionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _cmd_release(args: argparse.Namespace) -> int:
    from . import release, versioning

    try:
        return release.release(resume=args.resume, rollback=args.rollback)
    except versioning.VersionError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _cmd_site(args: argparse.Namespace) -> int:
    from . import multisite

    return multisite.build_all_versions(args.out)


def _yaml_error() -> type[Exception]:
    import yaml

    return yaml.YAMLError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generators", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    build = sub.add_parser("build", help="regenerate artefacts, docs pages and the site")
    build.add_argument("--artifacts-only", action="store_true", help="skip the docs pages and the site")
    build.add_argument("--artifacts-dir", type=Path, default=paths.ARTIFACTS_DIR, help=argparse.SUPPRESS)
    build.add_argument("--npm-dir", type=Path, default=paths.NPM_DIR, help=argparse.SUPPRESS)
    build.add_argument("--no-pdf", action="store_true", help="do not print the standard to a PDF after the site")
    build.set_defaults(func=_cmd_build)
    pdf_cmd = sub.add_parser("pdf", help="print the standard's one-page version from the built site to a PDF")
    pdf_cmd.add_argument("--site-dir", type=Path, default=paths.SITE_DIR,
                         help="the built site to print from (default: site/; a version's folder of the multi-version site)")
    pdf_cmd.set_defaults(func=_cmd_pdf)
    check = sub.add_parser("check", help="fail when committed artefacts differ from the schema")
    check.add_argument("--artifacts-dir", type=Path, default=paths.ARTIFACTS_DIR, help=argparse.SUPPRESS)
    check.add_argument("--npm-dir", type=Path, default=paths.NPM_DIR, help=argparse.SUPPRESS)
    check.set_defaults(func=_cmd_check)
    lint_cmd = sub.add_parser("lint", help="lint the schema and check its conventions")
    lint_cmd.set_defaults(func=_cmd_lint)
    examples_cmd = sub.add_parser("examples", help="check tests/data/valid and tests/data/invalid")
    examples_cmd.set_defaults(func=_cmd_examples)
    vendor_cmd = sub.add_parser("vendor", help="fetch the pinned browser code (mermaid for the site, axe-core for its tests) into .cache/")
    vendor_cmd.set_defaults(func=_cmd_vendor)
    pr_check_cmd = sub.add_parser("pr-check", help="lint, build, drift, examples and the diff against the last release")
    pr_check_cmd.add_argument("--summary", type=Path, metavar="FILE",
                              help="append a Markdown report to FILE (for example $GITHUB_STEP_SUMMARY)")
    pr_check_cmd.add_argument("--base", metavar="REF",
                              help="the target branch to judge against (default: $GITHUB_BASE_REF, else the previous "
                                   "commit)")
    pr_check_cmd.add_argument("--comment", type=Path, metavar="FILE",
                              help="write the pull-request comment (the diff as Markdown) to FILE")
    pr_check_cmd.set_defaults(func=_cmd_pr_check)
    bump_cmd = sub.add_parser("bump-version", help="set the version in the schema and the standard together")
    bump_cmd.add_argument("spec", nargs="?", metavar="major|minor|patch|X.Y.Z",
                          help="a part bumps the last release; without it, the bump the diff requires")
    bump_cmd.set_defaults(func=_cmd_bump_version)
    release_cmd = sub.add_parser("release", help="cut the current version: release files, changelog, commit and tag")
    undo = release_cmd.add_mutually_exclusive_group()
    undo.add_argument("--resume", action="store_true", help="finish an interrupted release")
    undo.add_argument("--rollback", action="store_true", help="undo an interrupted release")
    release_cmd.set_defaults(func=_cmd_release)
    site_cmd = sub.add_parser("site", help="build the documentation site of every version, with a version switcher")
    site_cmd.add_argument("--all-versions", action="store_true", required=True,
                          help="every release (from the commits that cut them) and the current tree")
    site_cmd.add_argument("--out", type=Path, default=paths.ROOT / "site-versions", metavar="DIR",
                          help="where to write it (default: site-versions/)")
    site_cmd.set_defaults(func=_cmd_site)
    args = parser.parse_args(argv)
    _quiet_linkml()
    try:
        return args.func(args)
    except _yaml_error() as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{mark.name}:{mark.line + 1}:{mark.column + 1}: " if mark else ""
        print(f"error: {where}the schema is not valid YAML: {getattr(exc, 'problem', exc)}", file=sys.stderr)
        return 1
    except ModuleNotFoundError as exc:
        print(f"error: {exc.name} is not installed. Run: pip install -e '.[authoring]'", file=sys.stderr)
        return 2
    except (ValueError, KeyError) as exc:
        if os.environ.get("CCAI_DEBUG"):
            raise
        print(f"error: the schema cannot be processed: {exc}\n(set CCAI_DEBUG=1 to see where)", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
