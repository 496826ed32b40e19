"""`--jobs` under fire: dead workers, Ctrl-C to the process group, SIGTERM, a killed main process.

Every run must end, promptly, with the exit code the contract gives, and leave no process
behind. Times are asserted with loose bounds only; the measured ones are printed (-s).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time

import pytest

import ccai_standards
from ccai_standards.validation import checker

PERSON = {"type": "Person", "conforms_to": "0.1.0", "name": "A"}


@pytest.fixture(scope="module")
def big_jsonl(tmp_path_factory):
    """About 12 MB of JSON Lines: a dozen blocks, so both workers are busy for a few seconds."""
    path = tmp_path_factory.mktemp("pool") / "people.jsonl"
    with open(path, "w") as out:
        for n in range(60_000):
            record = PERSON | {"id": f"https://i.example/p/{n}", "name": "x" * 120}
            if n % 100 == 7:
                record["isni"] = "not an isni"
            out.write(json.dumps(record) + "\n")
    return path


def _group_alive(pgid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
                if int(fields[2]) == pgid and fields[0] != "Z":
                    found.append(int(entry))
            except (OSError, IndexError, ValueError):
                continue
    return found


def _start(path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "ccai_standards.cli", "validate", "--jobs", "2", "--format",
                             "json", *extra, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)


def _finish(process: subprocess.Popen, timeout: float) -> tuple[bytes, bytes]:
    """The run's output; a run that hangs fails the test and is killed, workers and all."""
    try:
        return process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        raise AssertionError(f"the run did not end within {timeout} s") from None


def _wait_for_workers(process: subprocess.Popen, count: int = 2, timeout: float = 30) -> list[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        children = [p for p in _group_alive(process.pid) if p != process.pid]
        if len(children) >= count:
            time.sleep(0.3)  # let them take work
            return children
        time.sleep(0.05)
    raise AssertionError("the workers never started")


def test_a_worker_killed_on_a_chunk_is_reported_and_the_rest_is_checked(big_jsonl, monkeypatch):
    """Deterministic: the worker that takes the chunk starting at line 1 kills itself, as the OOM killer would."""
    single = ccai_standards.validate([big_jsonl], refs="off")
    real = checker.DocumentChecker.run

    def dies_on_first_chunk(self, task, pack_details=False):
        if task.first_line == 1:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(self, task, pack_details)

    monkeypatch.setattr(checker.DocumentChecker, "run", dies_on_first_chunk)
    findings = ccai_standards.validate([big_jsonl], jobs=2, refs="off")
    worker = [f for f in findings if f.code == "INTERNAL-worker"]
    assert len(worker) == 1
    assert worker[0].location.line == 1 and "lines 1–" in worker[0].message and "SIGKILL" in worker[0].message
    unchecked = int(worker[0].message.split("lines 1–")[1].split(" ")[0])
    assert [f for f in findings if f.code != "INTERNAL-worker"] == [f for f in single if f.location.line > unchecked]


def test_the_command_exits_2_when_a_worker_dies(big_jsonl):
    process = _start(big_jsonl, "--refs", "off")
    victim = _wait_for_workers(process)[0]
    with contextlib.suppress(ProcessLookupError):  # on a fast machine the run may be over already
        os.kill(victim, signal.SIGKILL)
    out, err = _finish(process, 120)
    report = json.loads(out)
    codes = {f["code"] for f in report["findings"]}
    # The kill may land while the worker waits between chunks: then no chunk is lost and the run is whole.
    assert process.returncode == (2 if "INTERNAL-worker" in codes else 1), err
    assert b"Traceback" not in err
    assert _group_alive(process.pid) == []


@pytest.mark.slow
def test_soak_workers_killed_again_and_again(big_jsonl):
    for signum in (signal.SIGKILL, signal.SIGTERM, signal.SIGKILL):
        process = _start(big_jsonl, "--refs", "off")
        _wait_for_workers(process)
        for _ in range(3):
            children = [p for p in _group_alive(process.pid) if p != process.pid]
            if process.poll() is not None or not children:
                break
            with contextlib.suppress(ProcessLookupError):
                os.kill(children[-1], signum)
            time.sleep(0.4)
        out, err = _finish(process, 180)
        assert process.returncode in (1, 2), err
        assert b"Traceback" not in err
        json.loads(out)  # the report is complete
        assert _group_alive(process.pid) == []


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_interrupting_the_process_group_stops_promptly_with_no_orphans(big_jsonl, signum, code):
    process = _start(big_jsonl)
    _wait_for_workers(process)
    sent = time.monotonic()
    if signum == signal.SIGINT:
        os.killpg(process.pid, signum)  # Ctrl-C reaches every process of the terminal's group
    else:
        os.kill(process.pid, signum)
    _finish(process, 60)
    elapsed = time.monotonic() - sent
    print(f"\n{signal.Signals(signum).name}: exit {process.returncode} after {elapsed:.2f} s")
    assert process.returncode == code
    assert elapsed < 10
    time.sleep(0.2)
    assert _group_alive(process.pid) == []


def test_a_killed_main_process_takes_its_workers_with_it(big_jsonl):
    process = _start(big_jsonl)
    _wait_for_workers(process)
    os.kill(process.pid, signal.SIGKILL)
    _finish(process, 30)
    deadline = time.monotonic() + 10
    while _group_alive(process.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _group_alive(process.pid) == []


def test_jobs_give_the_same_findings_as_one_process(big_jsonl):
    assert ccai_standards.validate([big_jsonl], jobs=2) == ccai_standards.validate([big_jsonl])
