"""A small pool of worker processes for CPU-heavy per-page work, with a deadline per task.

Why not ``concurrent.futures.ProcessPoolExecutor``: one worker that dies breaks that
whole pool (every pending task fails), and a task that hangs cannot be stopped. A
crawl meets pathological pages (a regex that backtracks forever, a 50 MB table), so
here each worker runs one task at a time under a deadline: a worker that overruns it
is killed and replaced, one that dies is replaced, and only that task fails, with
``TaskTimeout`` or ``WorkerDied`` (a task whose worker died is first run once more, on
the replacement: the death may not have been its doing). The other tasks go on.

Workers are forked from a ``forkserver`` that imported the extraction code once, so
they share those pages (a smaller tree in PSS) and start in milliseconds. Each worker
exits with the process that started it (``die_with_parent``), so a ``kill -9`` of the
crawl leaves no orphans. No Scrapy here: the crawl awaits these futures.
"""

from __future__ import annotations

import collections
import ctypes
import ctypes.util
import itertools
import logging
import multiprocessing
import multiprocessing.connection
import multiprocessing.forkserver
import os
import pickle
import queue
import select
import signal
import socket
import struct
import threading
import time
import traceback
from collections.abc import Callable
from concurrent.futures import Future
from multiprocessing import resource_tracker
from typing import Any

logger = logging.getLogger(__name__)

# The longest a new worker may take to import and warm up before it is given up.
WARMUP_SECONDS = 120.0
# Imported once in the fork server (which warms the reading code up), shared by every
# worker forked from it.
PRELOAD = ["scraper.worker_preload"]


# Tasks sent to a worker ahead of its answers: it starts the next the moment it ends
# one, instead of idling until this process's thread is scheduled and holds the GIL
# (2 ms a task, a quarter of a worker's time, when the crawl process is busy).
PREFETCH = 2
# The priority of the stop signal: after every task queued.
_LAST = 1 << 30
# A message on the socket between the pool and a worker: its pickle's length, then the
# pickle. Our own frame, both ways, so that the pool can write and read it without
# blocking (``_Worker.exchange``): every wait is bounded by a deadline.
_FRAME = struct.Struct("!Q")
_READY = b"ready"


class TaskTimeout(Exception):
    """The task ran past its deadline; its worker was killed and replaced."""


class WorkerDied(Exception):
    """The worker died while running the task (a crash, an out-of-memory kill)."""


class TaskFailed(Exception):
    """The task raised; the message is the worker's traceback."""


def default_workers() -> int:
    """One worker per core the process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


_tied_to_parent = False


def die_with_parent() -> None:
    """Make this process exit when the process that started it does, however that ends.

    The crawl process holds the archive lock; a process that outlived it (after a
    ``kill -9``) would write beside the next crawl, or linger as an orphan. Linux
    delivers SIGKILL to us at once when our parent dies (``PR_SET_PDEATHSIG``). That
    alone missed a parent killed while we were still starting (importing, unpickling:
    seconds on a loaded machine): ``getppid()`` already named whoever adopted us, and
    a whole crawl ran on as an orphan, without the lock. So the process that started us
    is also watched through ``multiprocessing``'s parent sentinel, a pipe whose other
    end only that process holds: at end of file it is gone, whenever that was. For a
    worker forked by the forkserver, the sentinel is the crawl process's and the
    signal the forkserver's.
    """
    global _tied_to_parent
    if _tied_to_parent:  # an entry point and the function it calls may both ask
        return
    _tied_to_parent = True
    parent = os.getppid()
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    starter = multiprocessing.parent_process()
    sentinel = getattr(starter, "sentinel", None)
    if sentinel is not None:
        if not starter.is_alive():  # it died before prctl took effect, or before we ran
            os._exit(1)

        def watch() -> None:
            multiprocessing.connection.wait([sentinel])
            os._exit(1)

    else:  # not started by multiprocessing: our parent is all we know
        if os.getppid() != parent:
            os._exit(1)

        def watch() -> None:
            while os.getppid() == parent:
                time.sleep(1.0)
            os._exit(1)

    threading.Thread(target=watch, daemon=True, name="parent-watch").start()


def start_fork_server() -> None:
    """Start the fork server the pool's workers come from, without waiting for it.

    It imports the reading code (``PRELOAD``) for most of a second, and the first
    worker's start waits for that: begun before the crawl process imports Scrapy, the
    two run side by side on two cores, and a crawl's first request goes out that much
    sooner (every nightly crawl, and each of the test suite's). Like a worker, it
    starts with SIGINT blocked (``_Worker``).
    """
    multiprocessing.get_context("forkserver").set_forkserver_preload(PRELOAD)
    held = hold_signals(signal.SIGINT)
    try:
        multiprocessing.forkserver.ensure_running()
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, held)


def hold_signals(*signums: int) -> set:
    """Block ``signums`` in this thread for a process about to be started: it inherits
    the mask, across fork and exec, and takes them only once it has its handlers and
    unblocks them (multiprocessing starts its resource tracker so, bpo-33613). Returns
    the mask to restore with ``signal.pthread_sigmask(signal.SIG_SETMASK, mask)``; a
    signal that came meanwhile is delivered then."""
    # Starting the resource tracker unblocks SIGINT and SIGTERM: it is started first.
    resource_tracker.ensure_running()
    return signal.pthread_sigmask(signal.SIG_BLOCK, signums)


def _socket(conn: Any) -> socket.socket:
    """The socket under a ``Pipe()`` end, as a blocking ``socket`` (whatever
    ``socket.setdefaulttimeout`` says: a timeout would make the shared file
    description non-blocking for every user of it)."""
    sock = socket.socket(fileno=os.dup(conn.fileno()))
    sock.settimeout(None)
    conn.close()
    return sock


def _frame(obj: Any) -> bytes:
    payload = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    return _FRAME.pack(len(payload)) + payload


def _read_exactly(sock: socket.socket, size: int) -> bytes:
    chunks, left = [], size
    while left:
        chunk = sock.recv(min(left, 1 << 20))
        if not chunk:
            raise EOFError("the pool closed the pipe")
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _serve(conn: Any, warmup: Callable | None) -> None:
    """A worker's loop: warm up, say so, then run each task it is sent and send back
    ("ok"|"error", value)."""
    # A Ctrl-C reaches every process of the terminal's group: the crawl stops
    # gracefully and still needs its workers to read the pages in hand; the pool ends
    # them itself. Started with SIGINT blocked (``_Worker``), a worker drops one that
    # came meanwhile by ignoring it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    die_with_parent()
    pipe = _socket(conn)
    if warmup is not None:
        try:
            warmup()
        except Exception:  # noqa: BLE001 - a failed warm-up only loses its head start
            logger.exception("warm-up failed")
    try:
        pipe.sendall(_FRAME.pack(len(_READY)) + _READY)
    except OSError:
        return
    tasks: queue.SimpleQueue = queue.SimpleQueue()

    def receive() -> None:
        # Tasks are read as they come, while the one before runs: the pool sends the
        # next before this one's answer is back. They are unpickled only when run, so
        # that one that cannot be is an error of its own.
        while True:
            try:
                (size,) = _FRAME.unpack(_read_exactly(pipe, _FRAME.size))
                tasks.put(_read_exactly(pipe, size))
            except (EOFError, OSError):
                tasks.put(None)
                return

    threading.Thread(target=receive, daemon=True, name="tasks").start()
    while True:
        task = tasks.get()
        if task is None:
            return
        try:
            fn, args = pickle.loads(task)
            reply = ("ok", fn(*args))
        except BaseException:  # noqa: BLE001 - reported to the caller, the worker lives on
            reply = ("error", traceback.format_exc(limit=8))
        try:
            answer = _frame(reply)
        except Exception:  # noqa: BLE001 - the answer cannot be pickled: say so instead
            answer = _frame(("error", traceback.format_exc(limit=4)))
        try:
            pipe.sendall(answer)
        except OSError:
            return


class _Worker:
    """One worker process and our end of its socket, with what is still to be written
    to it (``outbox``) and read from it (``inbox``)."""

    def __init__(self, context: Any, warmup: Callable | None):
        conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, warmup), daemon=True)
        # The fork server (started with the first worker) imports the reading code
        # (``PRELOAD``) for a second or more before it ignores SIGINT, and a worker runs
        # a little before ``_serve`` does: a Ctrl-C then was a KeyboardInterrupt
        # traceback, and a fork server dead of it left the crawl without its pool. Both
        # start with SIGINT blocked; ignoring it drops one that came meanwhile.
        held = hold_signals(signal.SIGINT)
        try:
            self.process.start()
        except BaseException:
            conn.close()
            raise
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)
            child.close()
        self.pipe = _socket(conn)
        self.events = select.poll()
        self.events.register(self.pipe, select.POLLIN)
        self.outbox = bytearray()
        self.inbox = bytearray()
        self.chunk = bytearray(1 << 18)
        # A write failed though the worker may live: what it reads next may be half a
        # task, so it is given nothing more and replaced after its running task.
        self.broken = False
        self.ready = False

    def wait_ready(self, timeout: float) -> bool:
        """Wait for the worker's "ready" (its warm-up is not any task's time)."""
        if not self.ready:
            self.ready = self.exchange(time.monotonic() + timeout) == _READY
        return self.ready

    def send(self, frame: bytes) -> None:
        """Queue a task's frame and write what the socket takes now; the rest is written
        by ``exchange``, which also learns what became of a worker that is gone."""
        self.outbox += frame
        self._write()

    def exchange(self, deadline: float) -> bytes | None:
        """Write what is queued and read until one whole message is in; None when
        ``deadline`` (a ``time.monotonic()``) passes first. Raises ``EOFError`` (or
        ``OSError``) when the worker is gone."""
        while True:
            message = self._take()
            if message is not None:
                return message
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            self.events.modify(self.pipe, select.POLLIN | (select.POLLOUT if self.outbox else 0))
            for _, mask in self.events.poll(max(1, int(left * 1000))):
                if mask & (select.POLLIN | select.POLLHUP | select.POLLERR):
                    self._read()
                if mask & select.POLLOUT:
                    self._write()

    def _write(self) -> None:
        if self.broken:
            return
        try:
            while self.outbox:
                written = self.pipe.send(self.outbox, socket.MSG_DONTWAIT)
                del self.outbox[:written]
        except BlockingIOError:
            pass
        except OSError:
            # Dead, most likely: reading says so next (or reads the answer it sent
            # before it died). If it lives, see ``broken``.
            self.broken = True
            self.outbox.clear()

    def _read(self) -> None:
        try:
            size = self.pipe.recv_into(self.chunk, len(self.chunk), socket.MSG_DONTWAIT)
        except BlockingIOError:
            return
        if not size:
            raise EOFError("the worker closed its end")
        self.inbox += memoryview(self.chunk)[:size]

    def _take(self) -> bytes | None:
        if len(self.inbox) < _FRAME.size:
            return None
        (size,) = _FRAME.unpack_from(self.inbox)
        end = _FRAME.size + size
        if len(self.inbox) < end:
            return None
        message = bytes(self.inbox[_FRAME.size : end])
        del self.inbox[:end]
        return message

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.process.kill()
        self.pipe.close()
        self.process.join(5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()


class WorkerPool:
    """``workers`` processes; ``submit(fn, *args)`` returns a ``Future``.

    ``fn`` must be importable by name (it is pickled by reference). Tasks run in the
    order submitted, each on the next free worker (which holds up to ``PREFETCH``),
    except that a task submitted with a lower ``priority`` goes before those waiting
    with a higher one (a crawl's listing pages: each one's "next" link is only known
    once it is read, so a deep category is a chain that waits on every article queued
    before it). ``warmup`` (importable too) runs once in each new worker before its
    first task: the first use of the parsers costs a fraction of a second that must not
    count against a page's deadline.

    Every future is completed: with the answer, or ``TaskFailed`` (the task raised, or
    its arguments or answer cannot be pickled), ``TaskTimeout`` or ``WorkerDied``.
    """

    def __init__(self, workers: int, timeout: float = 60.0, warmup: Callable | None = None):
        if workers < 1:
            raise ValueError("a pool needs at least one worker")
        self.timeout = timeout
        self.context = multiprocessing.get_context("forkserver")
        self.context.set_forkserver_preload(PRELOAD)
        self.jobs: queue.PriorityQueue = queue.PriorityQueue()
        self._order = itertools.count()
        self.replaced = 0
        self.warmup = warmup
        self._lock = threading.Lock()
        self._closed = False
        self._retried: set[Future] = set()
        self._workers = [_Worker(self.context, warmup) for _ in range(workers)]
        self._threads = [
            threading.Thread(target=self._feed, args=(slot,), daemon=True, name=f"pool-{slot}")
            for slot in range(workers)
        ]
        for thread in self._threads:
            thread.start()

    def submit(self, fn: Callable, *args: Any, priority: int = 1) -> Future:
        future: Future = Future()
        with self._lock:
            if self._closed:
                raise RuntimeError("the pool is closed")
            self.jobs.put((priority, next(self._order), (future, fn, args)))
        return future

    def pids(self) -> list[int]:
        with self._lock:
            return [w.process.pid for w in self._workers if w.process.pid]

    def _replace(self, slot: int) -> None:
        with self._lock:
            self._workers[slot].stop(kill=True)
            self._workers[slot] = _Worker(self.context, self.warmup)
            self.replaced += 1

    def _feed(self, slot: int) -> None:
        """One thread per worker: keep it ``PREFETCH`` tasks ahead, and wait for each
        answer or the task's deadline (counted from when the task before it ended).

        Nothing may end this thread while it holds tasks: an error no branch foresaw
        fails the tasks it holds and replaces the worker, whose state is then unknown.
        """
        feed = _Feed()
        while True:
            try:
                if self._step(slot, feed):
                    return
            except BaseException as exc:  # noqa: BLE001 - see the docstring
                logger.exception("worker %s: unexpected error; its tasks fail", slot)
                held = [future for _, future in feed.sent]
                if feed.taking is not None:
                    held.append(feed.taking[2][0])
                feed.sent.clear()
                feed.taking = None
                for future in held:
                    _settle(future, error=TaskFailed(repr(exc)))
                try:
                    self._replace(slot)
                except Exception:  # noqa: BLE001 - the next task finds the worker gone
                    logger.exception("worker %s could not be replaced", slot)

    def _step(self, slot: int, feed: _Feed) -> bool:
        """Send what the worker may hold, then settle its running task; True at the end."""
        sent = feed.sent
        while not feed.closing and len(sent) < PREFETCH and not self._workers[slot].broken:
            try:
                entry = self.jobs.get(block=not sent)
            except queue.Empty:
                break
            if entry[2] is None:
                feed.closing = True
                continue
            future = entry[2][0]
            if not (future.running() or future.set_running_or_notify_cancel()):
                continue  # cancelled while it waited
            feed.taking = entry
            self._send(slot, entry, feed)
            feed.taking = None
            if len(sent) == 1:
                feed.head_since = time.monotonic()
        if not sent:
            return feed.closing
        worker = self._workers[slot]
        try:
            message = worker.exchange(feed.head_since + self.timeout)
        except (EOFError, OSError) as exc:
            code = worker.process.exitcode
            self._fail_head(slot, feed, WorkerDied(f"worker died (exit code {code}): {exc!r}"))
            return False
        if message is None:
            logger.warning("task over %.0fs: worker %s killed", self.timeout, slot)
            self._fail_head(slot, feed, TaskTimeout(f"no answer within {self.timeout:g}s"))
            return False
        try:
            status, value = pickle.loads(message)
        except BaseException as exc:  # noqa: BLE001 - read whole, the answer cannot be unpickled
            status, value = "error", f"the answer could not be read: {exc!r}"
        _, future = sent.popleft()
        feed.head_since = time.monotonic()
        self._retried.discard(future)
        if status == "ok":
            _settle(future, result=value)
        else:
            _settle(future, error=TaskFailed(value))
        if worker.broken:
            self._replace(slot)
            self._requeue(feed)
        return False

    def _send(self, slot: int, entry: tuple, feed: _Feed) -> None:
        """Hand one task to the worker (what became of a worker that is gone, the
        answer or its end, is learnt by reading)."""
        future, fn, args = entry[2]
        try:
            frame = _frame((fn, args))
        except Exception as exc:  # noqa: BLE001 - nothing written: the worker is unharmed
            _settle(future, error=TaskFailed(f"the task could not be sent: {exc!r}"))
            return
        worker = self._workers[slot]
        if not worker.ready:
            try:
                ready = worker.wait_ready(max(self.timeout, WARMUP_SECONDS))
            except (EOFError, OSError):
                ready = False
            if not ready:
                self._replace(slot)
                self._lost(entry, WorkerDied("the worker died or hung in its warm-up"), feed)
                return
        feed.sent.append((entry, future))
        worker.send(frame)

    def _fail_head(self, slot: int, feed: _Feed, error: Exception) -> None:
        """The task the worker was running failed it: replace the worker, and queue the
        ones sent after it again, in their places."""
        self._replace(slot)
        entry, _ = feed.sent.popleft()
        self._lost(entry, error, feed)
        self._requeue(feed)

    def _lost(self, entry: tuple, error: Exception, feed: _Feed) -> None:
        """Fail a task, except that a task whose worker died runs once more: the death
        may have come from elsewhere (a worker that died idle, an out-of-memory kill).
        The second time, it fails."""
        future = entry[2][0]
        if isinstance(error, WorkerDied) and future not in self._retried:
            self._retried.add(future)
            feed.sent.appendleft((entry, future))
            self._requeue(feed)
        else:
            self._retried.discard(future)
            _settle(future, error=error)

    def _requeue(self, feed: _Feed) -> None:
        """Queue the tasks held again, in their places (before any stop signal)."""
        if not feed.sent:
            return
        while feed.sent:
            self.jobs.put(feed.sent.popleft()[0])
        if feed.closing:
            # This thread took its stop signal already: it stays to run the tasks it
            # queued again, and puts the signal back behind them.
            feed.closing = False
            self.jobs.put((_LAST, next(self._order), None))

    def close(self) -> None:
        """Stop the workers once the queued tasks are done."""
        with self._lock:
            self._closed = True
            for _ in self._threads:
                self.jobs.put((_LAST, next(self._order), None))
        for thread in self._threads:
            thread.join()
        with self._lock:
            for worker in self._workers:
                worker.stop()

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


class _Feed:
    """What one feeder thread holds: the tasks sent to its worker, oldest (running)
    first, as (job entry, future); the one it is sending; when the running one started;
    whether it took its stop signal."""

    def __init__(self) -> None:
        self.sent: collections.deque = collections.deque()
        self.taking: tuple | None = None
        self.head_since = 0.0
        self.closing = False


def _settle(future: Future, result: Any = None, error: BaseException | None = None) -> None:
    """Complete a future once (a caller may have cancelled it meanwhile)."""
    if future.done():
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)
