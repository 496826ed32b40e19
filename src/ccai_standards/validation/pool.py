"""Worker processes that check read tasks, give results in input order, and survive dying.

`multiprocessing.Pool` hangs for ever when a worker is killed (by the out-of-memory killer,
say), because it cannot tell which task died with it. Here each worker has its own pipe and
its own short queue (the task it checks, and one more so that it never waits for the main
process), and checks them in order, so a worker that dies is known by its task:

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
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..reading.chunks import ReadTask
from .checker import CheckOptions, ChunkResult, checker_for

_WINDOW_PER_WORKER = 4  # results that may wait for an earlier one before no new task is sent
_QUEUE_PER_WORKER = 2


def _heavy(task: ReadTask) -> bool:
    return task.data is not None or bool(task.records)


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
        self.tasks: deque[tuple[int, ReadTask]] = deque()  # sent and not answered yet; the first is being checked

    def can_take(self) -> bool:
        """Room for one more task: two small ones (byte ranges, paths), or one that carries its bytes.

        A task holding a megabyte of stdin could fill the pipe while the worker is writing a
        result back, and both would wait for ever; small tasks always fit in the pipe.
        """
        if not self.tasks:
            return True
        return len(self.tasks) < _QUEUE_PER_WORKER and not any(_heavy(t) for _, t in self.tasks)

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
        retry: deque[tuple[int, ReadTask]] = deque()  # queued behind a task whose worker died: never started
        done: dict[int, ChunkResult | WorkerDeath] = {}
        sent = following = 0  # tasks numbered so far, and the number of the next result to give
        exhausted = False
        window = _WINDOW_PER_WORKER * len(self._workers)
        while True:
            for worker in list(self._workers):
                while worker.can_take() and (retry or (not exhausted and sent - following < window)):
                    if retry:
                        numbered = retry.popleft()
                    else:
                        task = next(pending, None)
                        if task is None:
                            exhausted = True
                            break
                        numbered = (sent, task)
                        sent += 1
                    if not self._send(worker, numbered, retry):
                        break
                    if _heavy(numbered[1]):
                        break
            while following in done:
                yield done.pop(following)
                following += 1
            if exhausted and not retry and following == sent:
                return
            busy = [w for w in self._workers if w.tasks]
            if not busy:  # the window was full of results given just now: send more first
                continue
            ready = multiprocessing.connection.wait([w.connection for w in busy] + [w.process.sentinel for w in busy])
            for worker in busy:
                if worker.connection in ready or worker.process.sentinel in ready:
                    self._collect(worker, done, retry)

    def _send(self, worker: _Worker, numbered: tuple[int, ReadTask], retry: deque[tuple[int, ReadTask]]) -> bool:
        """Queue a task on a worker; False when the worker turned out dead.

        A worker found dead here died between tasks, or of one it holds: those are reported
        when its exit is collected. The task that could not be sent never started, so it
        goes back to the front of the line.
        """
        try:
            worker.connection.send(numbered[1])
        except (BrokenPipeError, OSError):
            retry.appendleft(numbered)
            if not worker.tasks:
                self._replace(worker)
            return False
        worker.tasks.append(numbered)
        return True

    def _replace(self, worker: _Worker) -> _Worker:
        worker.stop()
        fresh = _Worker(self._context, self._options)
        self._workers[self._workers.index(worker)] = fresh
        return fresh

    def _collect(self, worker: _Worker, done: dict[int, ChunkResult | WorkerDeath],
                 retry: deque[tuple[int, ReadTask]]) -> None:
        alive = worker.process.is_alive()  # asked once, before reading: whatever it sent before dying is read below
        try:
            while worker.tasks and worker.connection.poll():
                result = worker.connection.recv()
                number, _ = worker.tasks.popleft()
                done[number] = result
        except (EOFError, OSError):
            pass
        if alive:
            return  # woken by a result, or for nothing
        if not worker.tasks:  # it died between tasks: nothing was lost
            self._replace(worker)
            return
        worker.process.join()
        number, task = worker.tasks.popleft()  # the one it was checking
        done[number] = WorkerDeath(task, worker.process.exitcode)
        retry.extendleft(reversed(worker.tasks))  # queued behind it, never started: check them elsewhere
        worker.tasks.clear()
        self._replace(worker)
