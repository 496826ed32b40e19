"""`ccai bind` and `ccai verify` on the command line."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_NO, EXIT_USAGE = 0, 1, 2


def add_parsers(sub: Any) -> None:
    bind = sub.add_parser("bind", help="write a signed copy of a media file whose C2PA manifest cites its consent",
                          description="Validate the records, check that a consent allows the use, and write a copy "
                                      "of ASSET with a signed C2PA manifest: the CCAI authorisation (the records' "
                                      "ids and RFC 8785 digests, the uses, the person, the project), c2pa.actions.v2 "
                                      "and, when the records give one, CAWG's training-and-data-mining preferences. "
                                      "Needs the `provenance` extra (c2pa-python).")
    bind.add_argument("asset", type=Path, metavar="ASSET", help="the image, audio or video file")
    bind.add_argument("--records", type=Path, action="append", required=True, metavar="PATH",
                      help="the records that authorise the asset (a folder or files; repeatable)")
    bind.add_argument("-o", "--output", type=Path, required=True, metavar="OUT", help="the signed copy (a new file)")
    bind.add_argument("--use", action="append", default=[], required=True, metavar="USE",
                      help="an AI use the asset embodies, such as voice_cloning (repeatable)")
    bind.add_argument("--by", action="append", default=[], required=True, metavar="ID",
                      help="the id of the party that makes the use (repeatable): a consent covers its grantees only")
    bind.add_argument("--subject", metavar="ID", help="the person the asset uses (default: the consents' subject)")
    bind.add_argument("--project", metavar="ID", help="the project the asset is made for")
    bind.add_argument("--digital-source-type", metavar="TYPE",
                      help="how the asset was made, such as trained_algorithmic_media (default: from its CreativeWork)")
    bind.add_argument("--binding-record", type=Path, metavar="FILE",
                      help="also write the AssetBinding record of the binding (YAML, a new file): with it in the "
                           "batch, `ccai convert --to consent-receipt` names the asset in the consent's receipt")
    bind.add_argument("--cert", type=Path, metavar="PEM", help="the signing certificate chain (or CCAI_SIGN_CERT)")
    bind.add_argument("--key", type=Path, metavar="PEM", help="the private key, PKCS #8 (or CCAI_SIGN_KEY)")
    bind.add_argument("--alg", metavar="ALG", help="the signing algorithm (default es256, or CCAI_SIGN_ALG)")
    bind.set_defaults(func=_bind)

    verify = sub.add_parser("verify", help="say whether a consent authorises a media file: authorised, not "
                                           "authorised or cannot tell",
                            description="Read ASSET's C2PA manifest, check its signature against --trust-anchors, "
                                        "recompute the digests of the records it cites, and judge with the "
                                        "standard's coverage rule whether the consent allowed the use when the asset "
                                        "was bound and still does. Exit 0 authorised, 1 not authorised or cannot "
                                        "tell, 2 input that cannot be read.")
    verify.add_argument("asset", type=Path, metavar="ASSET")
    verify.add_argument("--records", type=Path, action="append", default=[], metavar="PATH",
                        help="the records the asset cites, or the consent receipt (a folder or files; repeatable)")
    verify.add_argument("--trust-anchors", type=Path, metavar="PEM",
                        help="the certificate authorities whose signers you trust; without it no verdict is "
                             "'authorised'")
    verify.add_argument("--at", metavar="TIME", help="judge whether the consent is in force at TIME instead of now")
    verify.add_argument("--format", choices=("text", "json", "sarif"), default="text")
    verify.set_defaults(func=_verify)


def _missing_extra(command: str, exc: ImportError) -> int:
    from ..extras import install_hint

    print(f"ccai {command}: error: needs c2pa-python, the `provenance` extra: {install_hint('provenance')} ({exc})",
          file=sys.stderr)
    return EXIT_USAGE


def _bind(args: argparse.Namespace) -> int:
    try:
        import c2pa  # noqa: F401
    except ImportError as exc:
        return _missing_extra("bind", exc)
    from ..reporters import TextReporter
    from .bind import BindError, bind
    from .signing import SigningError, SigningMaterial

    if args.binding_record is not None and args.binding_record.exists():
        print(f"ccai bind: error: {args.binding_record} exists; ccai bind never overwrites a file", file=sys.stderr)
        return EXIT_USAGE
    try:
        material = SigningMaterial.find(args.cert, args.key, args.alg)
        binding = bind(args.asset, args.records, args.output, tuple(args.use), material, subject=args.subject,
                       project=args.project, by=tuple(args.by), digital_source_type=args.digital_source_type)
    except SigningError as exc:
        print(f"ccai bind: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BindError as exc:
        if not exc.findings and not exc.reasons:
            print(f"ccai bind: error: {exc}", file=sys.stderr)
            return EXIT_USAGE
        reporter = TextReporter(sys.stderr)
        for finding in exc.findings:
            reporter.finding(finding)
        for reason in exc.reasons:
            print(f"{args.asset}: {reason.code}: {reason.message}", file=sys.stderr)
            if reason.hint:
                print(f"    hint: {reason.hint}", file=sys.stderr)
        print(f"ccai bind: refused: {exc}; nothing was written", file=sys.stderr)
        return EXIT_NO
    a = binding.authorisation
    print(f"bound {args.asset} -> {binding.out}: {len(a.records)} record(s) cited; the consent "
          f"{binding.consent.get('id')} allows {', '.join(a.uses)} by {', '.join(a.used_by)} (bound at {a.bound_at})")
    if args.binding_record is not None:
        import yaml

        try:
            with open(args.binding_record, "x", encoding="utf-8") as handle:
                yaml.safe_dump(binding.record(), handle, sort_keys=False, allow_unicode=True)
        except OSError as exc:
            print(f"ccai bind: error: cannot write {args.binding_record}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_USAGE
        print(f"binding record: {args.binding_record}")
    return EXIT_OK


def _verify(args: argparse.Namespace) -> int:
    try:
        import c2pa  # noqa: F401
    except ImportError as exc:
        return _missing_extra("verify", exc)
    from .bind import BindError
    from .verify import AUTHORISED, VerifyError, verify

    try:
        verdict = verify(args.asset, args.records, args.trust_anchors, args.at)
    except (VerifyError, BindError) as exc:
        print(f"ccai verify: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.format == "json":
        json.dump(verdict.as_dict(), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    elif args.format == "sarif":
        _sarif(verdict)
    else:
        print(f"{verdict.asset}: {verdict.verdict}" + (f" by {verdict.consent_id}" if verdict.verdict == AUTHORISED
                                                      else ""))
        for reason in verdict.reasons:
            print(f"  {reason.code}: {reason.message}")
            if reason.hint:
                print(f"    hint: {reason.hint}")
    return EXIT_OK if verdict.verdict == AUTHORISED else EXIT_NO


def _sarif(verdict: Any) -> None:
    from types import SimpleNamespace

    from ..reporters import SarifReporter

    reporter = SarifReporter(sys.stdout)
    findings = verdict.findings()
    for finding in findings:
        reporter.finding(finding)
    errors = sum(f.is_error for f in findings)
    reporter.summary(SimpleNamespace(files=1, documents=0, errors=errors, warnings=0, notes=len(findings) - errors,
                                     versions={}, skipped_rules=(), verdict=verdict.verdict))
