"""Time `ccai bind` and `ccai verify` on a 10 MB file (a WAV of noise), as the CLI runs them.

    python benchmarks/provenance.py            # 10 MB, three runs each, the median
    python benchmarks/provenance.py --mb 50

It makes a throwaway certificate authority, binds the file to the example consent in
docs/examples/provenance, verifies it against the authority, and prints the median wall
time of each command (a process start included) and of `ccai validate` on the same records
for scale. Needs the provenance extra and cryptography.
"""

from __future__ import annotations

import argparse
import os
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RECORDS = ROOT / "docs" / "examples" / "provenance"


def noise_wav(size: int) -> bytes:
    frames = os.urandom(size - 44 - (size % 2))
    fmt = struct.pack("<HHIIHH", 1, 1, 48000, 96000, 2, 16)
    body = b"WAVE" + b"fmt " + struct.pack("<I", len(fmt)) + fmt + b"data" + struct.pack("<I", len(frames)) + frames
    return b"RIFF" + struct.pack("<I", len(body)) + body


def timed(args: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "ccai_standards.cli", *args], cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if run.returncode != 0:
        raise SystemExit(f"ccai {' '.join(args[:2])} failed ({run.returncode}): {run.stderr[-500:]}")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=10)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from ccai_standards.provenance.demo import demo_authority

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        anchor, chain, key = demo_authority().write(work)
        (work / "clip.wav").write_bytes(noise_wav(int(args.mb * 1024 * 1024)))
        binds, verifies, validates = [], [], []
        for run in range(args.runs):
            out = f"bound-{run}.wav"
            binds.append(timed(["bind", "clip.wav", "--records", str(RECORDS), "-o", out, "--use", "voice_cloning",
                                "--by", "https://ids.example/orgs/harbour-studios", "--project",
                                "https://ids.example/projects/tide-advert", "--digital-source-type",
                                "trained_algorithmic_media", "--cert", str(chain), "--key", str(key)], work))
            verifies.append(timed(["verify", out, "--records", str(RECORDS), "--trust-anchors", str(anchor), "--at",
                                   "2027-01-15T00:00:00Z"], work))
            validates.append(timed(["validate", str(RECORDS)], work))
        size = (work / "bound-0.wav").stat().st_size
    bind_s, verify_s, validate_s = map(statistics.median, (binds, verifies, validates))
    print(f"file: {size / 1e6:.1f} MB WAV; median of {args.runs} runs, process start included")
    print(f"ccai bind    {bind_s:6.2f} s  ({bind_s / validate_s:4.1f}x ccai validate of the records)")
    print(f"ccai verify  {verify_s:6.2f} s  ({verify_s / validate_s:4.1f}x ccai validate of the records)")
    print(f"ccai validate of the 4 records {validate_s:6.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
