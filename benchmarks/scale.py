"""Scale: 1M and 10M generated records through the local engines and through Spark `local[2]`.

    python benchmarks/scale.py                    # 1M and 10M records (tens of minutes)
    python benchmarks/scale.py --sizes 100000 1000000 --no-spark

For each size the records are streamed to disk as JSON Lines (never held in memory), with
1 % of them invalid (benchmarks/data.py), and checked:

- by the local engine with two jobs, references on and `--refs off`;
- by the duckdb engine with two jobs;
- by Spark `local[2]` (`--engine spark`), references on and off.

It prints records per second, the peak memory of the process that holds the results (the
main process locally; the Python driver on Spark, whose JVM shares the machine in local
mode), the growth from the smallest to the largest size (time should grow linearly:
at most 10.5x for 10x the records; memory with --refs off should stay flat), and whether
the local and Spark findings are identical. At the end it prints the per-record costs that
the cluster sizing on the site is based on.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from data import records, write_jsonl  # noqa: E402

PYTHON = sys.executable

# Runs one validation in a process of its own and prints (seconds, peak RSS of this process in KiB,
# documents, sha256 of the findings): the Python driver is this process, Spark's JVM a child of it.
RUNNER = r"""
import hashlib, json, resource, sys, time
from pathlib import Path
from ccai_standards import Validator
path, engine, jobs, refs = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
options = {"engine": engine, "jobs": jobs, "refs": refs}
if engine == "spark":
    from pyspark.sql import SparkSession
    spark = (SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false")
             .config("spark.ui.showConsoleProgress", "false").config("spark.sql.shuffle.partitions", "8")
             .config("spark.driver.memory", "6g").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    options["spark"] = spark
started = time.perf_counter()
validator = Validator(**options)
digest = hashlib.sha256()
for finding in validator.iter_findings([Path(path)]):
    digest.update(json.dumps(finding.as_dict(), sort_keys=True).encode())
elapsed = time.perf_counter() - started
print(json.dumps({"seconds": elapsed, "rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "documents": validator.summary.documents, "findings": digest.hexdigest(),
                  "errors": validator.summary.errors}))
"""


def measure(path: Path, engine: str, jobs: int, refs: str) -> dict:
    out = subprocess.run([PYTHON, "-c", RUNNER, str(path), engine, str(jobs), refs], capture_output=True, text=True,
                         env={**os.environ, "PYSPARK_PYTHON": PYTHON})
    if out.returncode != 0:
        raise SystemExit(f"{engine} run failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000_000, 10_000_000],
                        help="numbers of records (about 48 %% manifest entries, 48 %% works, 5 %% consents)")
    parser.add_argument("--no-spark", action="store_true")
    parser.add_argument("--no-duckdb", action="store_true")
    args = parser.parse_args(argv)
    load = os.getloadavg()
    print(f"machine: {os.cpu_count()} cores, load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} at the start\n")
    runs = [("local, 2 jobs", "python", 2, "error"), ("local, 2 jobs, --refs off", "python", 2, "off")]
    if not args.no_duckdb:
        runs.append(("duckdb, 2 jobs", "duckdb", 2, "error"))
    if not args.no_spark:
        runs += [("spark local[2]", "spark", 1, "error"), ("spark local[2], --refs off", "spark", 1, "off")]
    results: dict[tuple[str, int], dict] = {}
    with tempfile.TemporaryDirectory(prefix="ccai-scale-") as tmp:
        for size in args.sizes:
            entries = round(size / 2.1)  # as many works as entries, and a consent per ten
            path = Path(tmp) / f"records-{size}.jsonl"
            started = time.perf_counter()
            total = write_jsonl(path, records(entries, max(1, entries // 10), entries))
            print(f"{total:,} records ({path.stat().st_size / 2**30:.2f} GiB of JSON Lines), written in "
                  f"{time.perf_counter() - started:.0f} s, streamed to disk")
            for label, engine, jobs, refs in runs:
                result = results[(label, size)] = measure(path, engine, jobs, refs)
                assert result["documents"] == total, result
                print(f"  {label:<30} {result['seconds']:>8.1f} s {total / result['seconds']:>10,.0f} records/s "
                      f"peak {result['rss_kib'] / 1024:>7.0f} MiB  {result['errors']:,} errors")
            for local, distributed in (("local, 2 jobs", "spark local[2]"),
                                       ("local, 2 jobs, --refs off", "spark local[2], --refs off"),
                                       ("local, 2 jobs", "duckdb, 2 jobs")):
                if (distributed, size) in results:
                    same = results[(local, size)]["findings"] == results[(distributed, size)]["findings"]
                    print(f"  {distributed} and {local}: identical findings: {same}")
            path.unlink()
            print()
        small, large = min(args.sizes), max(args.sizes)
        if small != large:
            print(f"growth from {small:,} to {large:,} records ({large / small:.0f}x):")
            for label, *_ in runs:
                a, b = results[(label, small)], results[(label, large)]
                ratio = b["seconds"] / a["seconds"]
                memory = b["rss_kib"] / a["rss_kib"]
                print(f"  {label:<30} time {ratio:>5.2f}x (at most {1.05 * large / small:.1f}x: "
                      f"{'linear' if ratio <= 1.05 * large / small else 'NOT linear'}), peak memory {memory:.2f}x")
        print("\nper-record costs at the largest size (for sizing a cluster):")
        for label, *_ in runs:
            result = results[(label, large)]
            per_core = result["seconds"] * 2 / result["documents"]
            print(f"  {label:<30} {per_core * 1e6:>6.1f} µs of a core per record")
    print(f"\nload average at the end: {os.getloadavg()[0]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
