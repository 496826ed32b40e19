"""Benchmark `ccai validate` against `linkml validate`, check-jsonschema and bare jsonschema-rs.

    python benchmarks/validate.py              # the full run (a few minutes)
    python benchmarks/validate.py --quick      # small sizes, for a smoke test

It generates its data in one run (100,000 manifest entries, 10,000 consents and 100,000
works by default, 1 % of them invalid; as JSON Lines and as JSON arrays), measures every
tool on the same data in the same run, and prints figures and ratios (times are medians of
repeated runs where stated; this machine is noisy, so compare ratios):

  (i)   cold start on one small YAML file: ccai vs linkml validate, and ccai vs
        `python -c "import jsonschema_rs"`;
  (ii)  throughput with structure, rules and references: ccai (JSON Lines and JSON, one and
        two jobs) vs linkml validate, check-jsonschema and bare jsonschema-rs (structure only);
  (iii) memory: peak RSS with --refs off for 1,000,000 entries vs 100,000; with references on,
        bytes per extra record;
  (iv)  parallelism: --jobs 2 vs --jobs 1, and whether the findings are identical.

Parquet input is measured beside JSON Lines when pyarrow is installed. The runs at 1M and
10M records, and the duckdb and spark engines, are in `benchmarks/scale.py`.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
ARTIFACTS = ROOT / "src" / "ccai_standards" / "artifacts"
sys.path.insert(0, str(HERE))

from data import records, write_json_array, write_jsonl, write_parquet  # noqa: E402

PYTHON = sys.executable
BIN = Path(PYTHON).parent


def tool(name: str) -> str | None:
    found = BIN / name
    return str(found) if found.exists() else shutil.which(name)


def run(command: list[str], stdout=subprocess.DEVNULL) -> tuple[float, int, int]:
    """Wall seconds, exit code and peak RSS (KiB) of one command, via GNU time when present."""
    gnu_time = shutil.which("time") if Path("/usr/bin/time").exists() else None
    with tempfile.NamedTemporaryFile("r") as rss_file:
        wrapped = (["/usr/bin/time", "-f", "%M", "-o", rss_file.name] if gnu_time else []) + command
        started = time.perf_counter()
        result = subprocess.run(wrapped, stdout=stdout, stderr=subprocess.DEVNULL)
        elapsed = time.perf_counter() - started
        text = open(rss_file.name).read().strip().splitlines() if gnu_time else []
    rss = int(text[-1]) if text and text[-1].isdigit() else 0
    return elapsed, result.returncode, rss


def median_time(command: list[str], repeats: int) -> float:
    run(command)  # warm-up: file cache and bytecode
    return statistics.median(run(command)[0] for _ in range(repeats))


def generate(folder: Path, entries: int, consents: int, works: int) -> dict[str, Path]:
    """The same records as one JSON Lines file, and as one JSON array per record type."""
    files = {"jsonl": folder / "all.jsonl"}
    write_jsonl(files["jsonl"], records(entries, consents, works))
    by_type: dict[str, list] = {}
    for record in records(entries, consents, works):
        by_type.setdefault(record["type"], []).append(record)
    for name, items in by_type.items():
        files[name] = folder / f"{name}.json"
        write_json_array(files[name], iter(items))
    return files


def array_schema(record_type: str, folder: Path) -> Path:
    """A JSON Schema for an array of one record type, for check-jsonschema."""
    schema = json.loads((ARTIFACTS / "jsonschema" / f"{record_type}.schema.json").read_text())
    wrapper = {"$schema": schema["$schema"], "$defs": schema["$defs"], "type": "array",
               "items": {"$ref": f"#/$defs/{record_type}"}}
    path = folder / f"{record_type}.array.schema.json"
    path.write_text(json.dumps(wrapper))
    return path


BARE = """
import json, sys, time, jsonschema_rs
started = time.perf_counter()
valid = 0
for path in sys.argv[1:]:
    items = json.load(open(path, "rb"))
    name = items[0]["type"]
    schema = json.load(open(f"{sys.argv[0]}/jsonschema/{name}.schema.json"))
    validator = jsonschema_rs.validator_for(schema, validate_formats=True)
    valid += sum(1 for item in items if validator.is_valid(item))
print(valid)
"""


def line(label: str, seconds: float, count: int | None = None) -> str:
    rate = f"{count / seconds:>12,.0f} records/s" if count else ""
    return f"  {label:<52} {seconds:>8.2f} s {rate}"


def verdict(ok: bool) -> str:
    return "meets the target" if ok else "MISSES the target"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--quick", action="store_true", help="10,000 entries; fewer repeats; no 1M memory run")
    parser.add_argument("--no-baselines", action="store_true", help="skip linkml validate and check-jsonschema")
    args = parser.parse_args(argv)
    entries = 10_000 if args.quick else args.entries
    consents, works = max(1, entries // 10), entries
    repeats = 3 if args.quick else 10
    ccai = [PYTHON, "-m", "ccai_standards.cli", "validate"]
    linkml, checker = tool("linkml"), tool("check-jsonschema")
    if args.no_baselines:
        linkml = checker = None

    with tempfile.TemporaryDirectory(prefix="ccai-bench-") as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        files = generate(folder, entries, consents, works)
        parquet_file = write_parquet(folder / "all.parquet", records(entries, consents, works))
        total = sum(1 for _ in open(files["jsonl"], "rb"))
        json_files = [str(files[t]) for t in ("Organization", "Person", "Dataset", "DatasetManifest",
                                              "CreativeWork", "ConsentRecord", "ManifestEntry")]
        print(f"data: {entries:,} manifest entries, {consents:,} consents, {works:,} works; {total:,} records "
              f"({files['jsonl'].stat().st_size / 2**20:.0f} MiB of JSON Lines), made in "
              f"{time.perf_counter() - started:.1f} s\n")

        print("(i) cold start, one small YAML file (median of runs after a warm-up)")
        small = ROOT / "tests" / "data" / "valid" / "Person-voice-actor-maya-okafor.yaml"
        ours = median_time([*ccai, "--refs", "off", str(small)], repeats)
        bare_import = median_time([PYTHON, "-c", "import jsonschema_rs"], repeats)
        print(line("ccai validate", ours))
        print(line('python -c "import jsonschema_rs"', bare_import))
        print(f"  ccai / import jsonschema_rs = {ours / bare_import:.1f}x (target at most 4x): "
              f"{verdict(ours <= 4 * bare_import)}")
        if linkml:
            theirs = median_time([linkml, "validate", "-s", str(ARTIFACTS / "ccai.linkml.yaml"), "-C", "Person",
                                  str(small)], max(3, repeats // 3))
            print(line("linkml validate", theirs))
            print(f"  linkml / ccai = {theirs / ours:.1f}x faster (target at least 8x): {verdict(theirs >= 8 * ours)}")

        print(f"\n(ii) throughput: structure, rules and references over all {total:,} records")
        jsonl_1 = run([*ccai, str(files["jsonl"])])[0]
        jsonl_2 = run([*ccai, "--jobs", "2", str(files["jsonl"])])[0]
        json_1 = run([*ccai, *json_files])[0]
        print(line("ccai validate, JSON Lines, 1 job", jsonl_1, total))
        print(line("ccai validate, JSON Lines, 2 jobs", jsonl_2, total))
        print(line("ccai validate, JSON arrays, 1 job", json_1, total))
        json_2 = run([*ccai, "--jobs", "2", *json_files])[0]
        print(line("ccai validate, JSON arrays, 2 jobs", json_2, total))
        arrays = min(json_1, json_2) / min(jsonl_1, jsonl_2)
        print(f"  JSON arrays / JSON Lines = {arrays:.2f} (target at most 1.2): {verdict(arrays <= 1.2)}")
        if parquet_file is not None:
            parquet_1 = run([*ccai, str(parquet_file)])[0]
            parquet_2 = run([*ccai, "--jobs", "2", str(parquet_file)])[0]
            print(line("ccai validate, Parquet, 1 job", parquet_1, total))
            print(line("ccai validate, Parquet, 2 jobs", parquet_2, total))
        best = min(jsonl_1, jsonl_2)
        bare = run([PYTHON, "-c", BARE.replace("sys.argv[0]", repr(str(ARTIFACTS))), *json_files])[0]
        print(line("bare jsonschema-rs, structure only (JSON arrays)", bare, total))
        print(f"  ccai throughput / bare jsonschema-rs = {bare / best:.2f} (target at least 0.67): "
              f"{verdict(bare / best >= 0.67)}")
        if checker:
            spent = 0.0
            for name in json_files:
                record_type = Path(name).stem
                spent += run([checker, "--schemafile", str(array_schema(record_type, folder)), name])[0]
            print(line("check-jsonschema (one run per record type)", spent, total))
            print(f"  check-jsonschema / ccai = {spent / best:.1f}x (target at least 30x): {verdict(spent >= 30 * best)}")
        if linkml:
            spent = 0.0
            for name in json_files:
                record_type = Path(name).stem
                spent += run([linkml, "validate", "-s", str(ARTIFACTS / "ccai.linkml.yaml"), "-C", record_type, name])[0]
            print(line("linkml validate (one run per record type)", spent, total))
            print(f"  linkml / ccai = {spent / best:.1f}x (target at least 40x): {verdict(spent >= 40 * best)}")

        print("\n(iii) memory (peak RSS, one job)")
        small_set = folder / "entries-small.jsonl"
        big_set = folder / "entries-big.jsonl"
        base = entries
        write_jsonl(small_set, records(base, consents, works))
        big = base * (2 if args.quick else 10)
        write_jsonl(big_set, records(big, consents, works))
        _, _, rss_small = run([*ccai, "--refs", "off", str(small_set)])
        _, _, rss_big = run([*ccai, "--refs", "off", str(big_set)])
        print(f"  --refs off: {rss_small / 1024:.0f} MiB for {base:,} entries, {rss_big / 1024:.0f} MiB for {big:,}: "
              f"ratio {rss_big / max(rss_small, 1):.2f} (target at most 1.2): {verdict(rss_big <= 1.2 * rss_small)}")
        _, _, with_refs_small = run([*ccai, str(small_set)])
        _, _, with_refs_big = run([*ccai, str(big_set)])
        extra = (with_refs_big - with_refs_small) * 1024 / (big - base)
        print(f"  references on: {with_refs_small / 1024:.0f} MiB and {with_refs_big / 1024:.0f} MiB: "
              f"{extra:.0f} bytes per extra record (goal at most 300)")

        print("\n(iv) parallelism on JSON Lines")
        one = subprocess.run([*ccai, "--format", "json", str(files["jsonl"])], capture_output=True).stdout
        two = subprocess.run([*ccai, "--format", "json", "--jobs", "2", str(files["jsonl"])], capture_output=True).stdout
        same = json.loads(one)["findings"] == json.loads(two)["findings"]
        print(f"  --jobs 2 is {jsonl_1 / jsonl_2:.2f}x faster than --jobs 1 (target at least 1.7x): "
              f"{verdict(jsonl_1 / jsonl_2 >= 1.7)}; identical findings in the same order: {same}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
