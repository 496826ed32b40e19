"""Worker processes that check read tasks, give results in input order, and survive dying.

`multiprocessing.Pool` hangs for ever when a worker is killed (by the out-of-memory killer,
say), because it cannot tell which task died with it. Here each worker holds at most one
task at a time, sent over its own pipe, so a worker that dies is known by its task:

* the task is reported as a `WorkerDeath` in its place in the order, a new worker is
  started, and the run goes on with the other tasks;
* workers ignore SIGINT, so Ctrl-C (which reaches the whole process group) is handled once,
  by the main process, which stops every worker before it returns;
* a worker whose main process is gone sees its pipe close and exits, so no orphan is left.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.connection
import os
import signal
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..reading.chunks import ReadTask
from .checker import CheckOptions, ChunkResult, checker_for

_WINDOW_PER_WORKER = 4  # results that may wait for an earlier one before no new task is sent


@dataclass(frozen=True)
class WorkerDeath:
    """A worker process ended while checking `task`; its documents were not checked."""

    task: ReadTask
    exitcode: int | None

    def cause(self) -> str:
        code = self.exitcode
        if code is not None and code < 0:
            try:
                name = signal.Signals(-code).name
            except ValueError:
                name = f"signal {-code}"
            hint = " (the system may have run out of memory)" if -code == signal.SIGKILL else ""
            return f"killed by {name}{hint}"
        return f"exited with code {code}"


def _serve(connection: Any, options: CheckOptions, parent: int) -> None:
    """A worker's life: check tasks from the pipe until it closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent(parent)
    checker = checker_for(options)
    while True:
        try:
            task = connection.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        try:
            connection.send(checker.run(task, pack_details=True))
        except (BrokenPipeError, OSError):
            return


def _die_with_parent(parent: int) -> None:
    """On Linux, ask the kernel to kill this worker when the main process dies, however it dies.

    A forked worker inherits the other workers' pipe ends, so a closed pipe alone is not
    always seen; elsewhere workers are spawned, inherit nothing, and see the pipe close.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the main process died before the request took effect
        os._exit(1)


class _Worker:
    def __init__(self, context: Any, options: CheckOptions) -> None:
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, options, os.getpid()), daemon=True)
        self.process.start()
        child.close()
        self.task: tuple[int, ReadTask] | None = None

    def stop(self) -> None:
        try:
            self.connection.close()
        except OSError:
            pass
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)


class WorkerPool:
    """`jobs` worker processes checking tasks with one set of options."""

    def __init__(self, jobs: int, options: CheckOptions) -> None:
        method = "fork" if sys.platform.startswith("linux") else "spawn"
        self._context = multiprocessing.get_context(method)
        self._options = options
        self._workers = [_Worker(self._context, options) for _ in range(jobs)]

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        for worker in self._workers:
            worker.stop()
        self._workers = []

    def run(self, tasks: Iterable[ReadTask]) -> Iterator[ChunkResult | WorkerDeath]:
        """Results in the order of `tasks`; memory is bounded by a window of tasks in flight."""
        pending = iter(tasks)
        done: dict[int, ChunkResult | WorkerDeath] = {}
        sent = following = 0  # tasks sent, and the number of the next result to give
        exhausted = False
        window = _WINDOW_PER_WORKER * len(self._workers)
        while True:
            for worker in self._workers:
                if worker.task is None and not exhausted and sent - following < window:
                    task = next(pending, None)
                    if task is None:
                        exhausted = True
                        break
                    self._send(worker, (sent, task))
                    sent += 1
            while following in done:
                yield done.pop(following)
                following += 1
            if exhausted and following == sent:
                return
            busy = [w for w in self._workers if w.task is not None]
            if not busy:  # the window was full of results given just now: send more first
                continue
            ready = multiprocessing.connection.wait([w.connection for w in busy] + [w.process.sentinel for w in busy])
            for worker in busy:
                if worker.connection in ready or worker.process.sentinel in ready:
                    self._collect(worker, done)

    def _send(self, worker: _Worker, numbered: tuple[int, ReadTask]) -> None:
        for _attempt in range(2):
            worker.task = numbered
            try:
                worker.connection.send(numbered[1])
                return
            except (BrokenPipeError, OSError):  # it died while idle, not of this task: send it to a new one
                worker.task = None
                worker = self._replace(worker)
        worker.task = numbered  # a new worker that cannot take a task: its death is reported with it

    def _replace(self, worker: _Worker) -> _Worker:
        worker.stop()
        fresh = _Worker(self._context, self._options)
        self._workers[self._workers.index(worker)] = fresh
        return fresh

    def _collect(self, worker: _Worker, done: dict[int, ChunkResult | WorkerDeath]) -> None:
        number, task = worker.task  # type: ignore[misc]
        try:
            if worker.connection.poll():
                done[number] = worker.connection.recv()
                worker.task = None
                return
        except (EOFError, OSError):
            pass
        if worker.process.is_alive():
            return  # woken for nothing
        worker.process.join()
        done[number] = WorkerDeath(task, worker.process.exitcode)
        worker.task = None
        self._replace(worker)
