"""Issue 9: extraction in worker processes that can hang or die without stopping a crawl."""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from scraper.cli import cli
from scraper.pool import _FRAME, TaskFailed, TaskTimeout, WorkerDied, WorkerPool, die_with_parent
from tests.conftest import FAST, crawl_args
from tests.mutable_site import MutableSite, Post, serve_mutable
from tests.test_nightly import alive

# Tens of seconds: run first, so a parallel run does not end waiting on it.
pytestmark = pytest.mark.long(seconds=45)


def import_this_module() -> None:
    """The pools' warm-up in these tests: a worker that unpickles its first task imports
    this module (about a second, more on a busy machine), and it did so within that
    task's deadline of a second or two. A replaced worker's first task then timed out,
    and so did its replacement's, for ever (a fresh clone's CI run, with other work on
    the machine). The crawl's task, ``read_body``, is imported by the fork server
    before any worker starts; here the warm-up does it before the worker is ready."""


def double(x: int) -> int:
    return 2 * x


def sleep_then(seconds: float) -> str:
    time.sleep(seconds)
    return "woke"


def die() -> None:
    os._exit(7)


def fail() -> None:
    raise ValueError("bad page")


def test_pool_replaces_hung_and_dead_workers_and_goes_on():
    with WorkerPool(2, timeout=1.0, warmup=import_this_module) as pool:
        first = pool.pids()
        futures = [pool.submit(double, i) for i in range(20)]
        hung = pool.submit(sleep_then, 30)
        dead = pool.submit(die)
        failed = pool.submit(fail)
        later = [pool.submit(double, i) for i in range(20, 40)]
        started = time.monotonic()
        assert [f.result(timeout=30) for f in futures + later] == [2 * i for i in range(40)]
        with pytest.raises(TaskTimeout):
            hung.result(timeout=30)
        with pytest.raises(WorkerDied):
            dead.result(timeout=30)
        with pytest.raises(TaskFailed, match="bad page"):
            failed.result(timeout=30)
        assert time.monotonic() - started < 15  # the hung task cost its deadline, no more
        # The hung task's worker, and the dying task's twice: a task whose worker
        # dies is run once more, on the replacement, before it fails.
        assert pool.replaced == 3
        # New processes replaced those that failed (one slot may have been replaced
        # more than once: the task behind a hung one is sent ahead to the same worker).
        now = pool.pids()
        assert len(set(now)) == 2 and set(now) != set(first)
        for pid in now:
            os.kill(pid, 0)  # alive
        assert pool.submit(sleep_then, 0.01).result(timeout=10) == "woke"


@pytest.mark.parametrize(
    "culprit, replaced", [((sleep_then, 30), 1), ((die,), 2)], ids=["hangs", "dies"]
)
def test_tasks_sent_ahead_to_a_worker_that_fails_run_on_its_replacement(culprit, replaced):
    """A worker holds the next task while it runs one (``PREFETCH``): when the one it
    runs hangs or kills it, only that task fails; the next runs on the new worker."""
    with WorkerPool(1, timeout=1.0, warmup=import_this_module) as pool:
        # Submitted before the worker is up: the second is sent right behind the first.
        bad = pool.submit(*culprit)
        behind = [pool.submit(double, i) for i in range(3)]
        with pytest.raises((TaskTimeout, WorkerDied)):
            bad.result(timeout=30)
        assert [f.result(timeout=30) for f in behind] == [0, 2, 4]
        assert pool.replaced == replaced  # a task that kills its worker is tried twice


class SendsFailAfterFirst:
    """A worker's socket that refuses every task after the first: as when the worker
    dies between taking a task and being sent the next."""

    def __init__(self, sock):
        self.sock, self.sends = sock, 0

    def send(self, data, flags=0):
        self.sends += 1
        if self.sends > 1:
            raise BrokenPipeError("the worker is gone")
        return self.sock.send(data, flags)

    def __getattr__(self, name):
        return getattr(self.sock, name)


def test_a_task_that_cannot_be_sent_ahead_waits_for_the_one_before():
    """The pool must not spin on a task it cannot send: it learns what became of the
    task the worker has, then runs the other on a new worker."""
    with WorkerPool(1, timeout=5.0, warmup=import_this_module) as pool:
        busy = pool.submit(sleep_then, 0.5)
        while not busy.running():
            time.sleep(0.01)
        time.sleep(0.2)  # sent: the worker runs it
        worker = pool._workers[0]
        worker.pipe = SendsFailAfterFirst(worker.pipe)
        head = pool.submit(sleep_then, 0.3)  # sent ahead, or once busy is done
        behind = pool.submit(double, 4)  # cannot be sent while head runs
        assert busy.result(timeout=10) == "woke"
        assert head.result(timeout=10) == "woke"
        assert behind.result(timeout=30) == 8
        assert pool.replaced == 1  # once the task it ran had answered


def backtrack(n: int) -> bool:
    """A regex that backtracks for ever, holding the worker's GIL all along: the
    worker's thread that reads its pipe cannot run either."""
    return bool(re.match(r"(a+)+$", "a" * n + "b"))


def size(data: bytes) -> int:
    return len(data)


def test_a_task_that_holds_the_gil_times_out_with_a_large_task_behind_it():
    """The next task, too large for the pipe's buffer, must not block the pool in a
    write the worker never reads: the stuck task still gets its deadline."""
    with WorkerPool(1, timeout=2.0, warmup=import_this_module) as pool:
        assert pool.submit(double, 1).result(timeout=60) == 2  # the worker is up
        started = time.monotonic()
        stuck = pool.submit(backtrack, 40)
        behind = pool.submit(size, b"x" * 20_000_000)
        with pytest.raises(TaskTimeout):
            stuck.result(timeout=30)
        assert time.monotonic() - started < 10
        assert behind.result(timeout=30) == 20_000_000
        assert pool.replaced == 1


def exit_now() -> None:
    raise SystemExit(3)


class CannotBeRebuilt:
    """Pickles, but raises when unpickled (in the worker, or back in the pool)."""

    def __init__(self, how=fail):
        self.how = how

    def __reduce__(self):
        return (self.how, ())


def make_unreadable() -> CannotBeRebuilt:
    return CannotBeRebuilt()


def make_exiting() -> CannotBeRebuilt:
    return CannotBeRebuilt(exit_now)


def make_unpicklable() -> object:
    return threading.Lock()


def test_tasks_and_answers_that_cannot_be_pickled_fail_alone():
    with WorkerPool(1, timeout=5.0, warmup=import_this_module) as pool:
        cases = {
            "argument": pool.submit(size, threading.Lock()),
            "argument rebuilt": pool.submit(size, CannotBeRebuilt()),
            "answer": pool.submit(make_unpicklable),
            "answer rebuilt": pool.submit(make_unreadable),
            "answer exits when rebuilt": pool.submit(make_exiting),
        }
        after = pool.submit(double, 21)
        for name, future in cases.items():
            with pytest.raises(TaskFailed):
                future.result(timeout=30)
            assert future.exception().__class__ is TaskFailed, name
        assert after.result(timeout=30) == 42
        assert pool.replaced == 0  # none of that harmed the worker
        assert all(thread.is_alive() for thread in pool._threads)


def answer_then_die() -> str:
    def later() -> None:
        time.sleep(0.1)
        os._exit(9)

    threading.Thread(target=later, daemon=True).start()
    return "answered"


def test_a_task_sent_to_a_worker_that_died_idle_runs_on_its_replacement():
    with WorkerPool(1, timeout=5.0, warmup=import_this_module) as pool:
        assert pool.submit(answer_then_die).result(timeout=60) == "answered"
        time.sleep(0.5)  # the worker is dead before the next task reaches it
        assert pool.submit(double, 21).result(timeout=30) == 42
        assert pool.replaced == 1


def test_an_urgent_task_goes_before_the_tasks_waiting():
    """A listing page's reading (priority 0) overtakes the article pages queued before it."""
    finished: list[str] = []
    with WorkerPool(1, timeout=30.0, warmup=import_this_module) as pool:
        pool.submit(sleep_then, 0.5).result(timeout=60)  # the worker is up
        busy = pool.submit(sleep_then, 0.5)
        while not busy.running():
            time.sleep(0.01)
        queued = [pool.submit(double, i) for i in range(5)]
        urgent = pool.submit(double, 100, priority=0)
        for name, future in [("busy", busy), *((f"article {i}", f) for i, f in enumerate(queued))]:
            future.add_done_callback(lambda _, name=name: finished.append(name))
        urgent.add_done_callback(lambda _: finished.append("listing"))
        assert urgent.result(timeout=30) == 200
        assert [f.result(timeout=30) for f in queued] == [0, 2, 4, 6, 8]
    assert finished[:2] == ["busy", "listing"], finished


def site_with_a_heavy_page() -> MutableSite:
    """Four short Polres releases and one page holding a 4 MB table, which takes
    trafilatura seconds to read."""
    site = MutableSite()
    text = (
        "Polres Tanah Laut menggelar patroli dialogis di Pelaihari untuk menjaga situasi "
        "kamtibmas tetap aman dan kondusif menjelang Pemilu 2024. "
    ) * 4
    for n in range(4):
        site.posts[f"patroli-{n}"] = Post(
            f"patroli-{n}",
            f"Patroli Dialogis Hari ke-{n}",
            [f"Hari ke-{n}: {text}"],
            "2023-11-12T09:00:00+08:00",
        )
    cells = "".join(f"<tr><td>Baris {i}</td><td>{'data ' * 8}</td></tr>" for i in range(40000))
    site.posts["tabel-raksasa"] = Post(
        "tabel-raksasa",
        "Data Rekap Operasi",
        [text, f"</p><table>{cells}</table><p>"],
        "2023-11-12T10:00:00+08:00",
    )
    return site


def test_a_page_that_hangs_extraction_costs_its_timeout_and_is_an_error_kind(tmp_path):
    """A 4 MB table takes trafilatura seconds; with a 0.5 s deadline its worker is
    replaced, the page is counted as extract_timeout, and every other article is stored."""
    site = site_with_a_heavy_page()
    db = tmp_path / "h.db"
    with serve_mutable(site) as base:
        started = time.monotonic()
        result = CliRunner().invoke(
            cli,
            [
                "crawl",
                "--url",
                base,
                "--db",
                str(db),
                "--quiet",
                *FAST,
                "-s",
                "NEWSARCHIVE_EXTRACT_TIMEOUT=0.5",
            ],
        )
        elapsed = time.monotonic() - started
    assert result.exit_code == 3, result.output
    assert "extract_timeout 1" in result.output
    conn = sqlite3.connect(db)
    stored = {r[0] for r in conn.execute("select url from articles")}
    assert stored == {f"{base}patroli-{n}/" for n in range(4)}
    kinds = json.loads(conn.execute("select error_kinds from crawl_runs").fetchone()[0])
    assert kinds == {"extract_timeout": 1}
    assert elapsed < 60


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().decode(errors="replace")
    except OSError:
        return ""


def _workers_cpu() -> dict[int, float]:
    """CPU seconds used by each extraction worker below this process: the children of
    a multiprocessing fork server (from /proc)."""
    ticks = os.sysconf("SC_CLK_TCK")
    parents, cpu = {}, {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(name)] = int(fields[1])
        cpu[int(name)] = (int(fields[11]) + int(fields[12])) / ticks
    mine, found = {os.getpid()}, True
    while found:
        found = False
        for pid, parent in parents.items():
            if parent in mine and pid not in mine:
                mine.add(pid)
                found = True
    servers = {pid for pid in mine if "forkserver" in _cmdline(pid)}
    return {pid: cpu[pid] for pid in mine if parents[pid] in servers}


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs Linux's /proc")
def test_a_page_whose_worker_dies_is_an_error_kind_and_the_crawl_goes_on(tmp_path):
    """A worker that dies while it reads a page (here: killed from outside once it has
    used half a second of CPU, which only the 4 MB table's page takes) is replaced;
    the page is read once more on a fresh worker, then counted as extract_crashed."""
    site = site_with_a_heavy_page()
    killed: list[int] = []
    done = threading.Event()

    def killer() -> None:
        # Processes alive when the crawl starts (the test server's, a fork server of
        # an earlier test) are left alone.
        before = set(_workers_cpu())
        while not done.wait(0.05):
            for pid, seconds in _workers_cpu().items():
                if pid not in before and seconds > 0.5 and pid not in killed:
                    os.kill(pid, 9)
                    killed.append(pid)

    db = tmp_path / "d.db"
    with serve_mutable(site) as base:
        watcher = threading.Thread(target=killer, daemon=True)
        watcher.start()
        try:
            result = CliRunner().invoke(
                cli,
                ["crawl", "--url", base, "--db", str(db), "--quiet", *FAST, "--workers", "1"],
            )
        finally:
            done.set()
            watcher.join()
    assert result.exit_code == 3, result.output
    assert "extract_crashed 1" in result.output
    assert len(killed) == 2  # the page was read twice, each time on a new worker
    conn = sqlite3.connect(db)
    stored = {r[0] for r in conn.execute("select url from articles")}
    assert stored == {f"{base}patroli-{n}/" for n in range(4)}
    kinds = json.loads(conn.execute("select error_kinds from crawl_runs").fetchone()[0])
    assert kinds == {"extract_crashed": 1}


def test_inline_and_two_workers_give_identical_archives(tmp_path):
    from scraper.archive.snapshot import content_snapshot, differences
    from scraper.samplesite import serve_site

    snapshots = []
    with serve_site(theme="wordpress") as base:
        for workers in ("0", "2"):
            db = tmp_path / f"w{workers}.db"
            result = CliRunner().invoke(cli, crawl_args(base, db, "--workers", workers, *FAST))
            assert result.exit_code == 0, result.output
            snapshots.append(content_snapshot(db))
    inline, pooled = snapshots
    assert len(inline["articles"]) == 41
    assert differences(inline, pooled) == []


class PollFailsOnce:
    """A worker's ``select.poll`` that raises an error no branch of the pool foresees."""

    def __init__(self, events):
        self.events, self.failed = events, False

    def poll(self, timeout: float) -> list:
        if not self.failed:
            self.failed = True
            raise RuntimeError("unforeseen")
        return self.events.poll(timeout)

    def __getattr__(self, name):
        return getattr(self.events, name)


def test_an_unforeseen_error_fails_the_tasks_held_and_the_pool_goes_on():
    with WorkerPool(1, timeout=5.0, warmup=import_this_module) as pool:
        assert pool.submit(double, 1).result(timeout=60) == 2
        pool._workers[0].events = PollFailsOnce(pool._workers[0].events)
        with pytest.raises(TaskFailed, match="unforeseen"):
            pool.submit(sleep_then, 0.2).result(timeout=30)
        assert pool.submit(double, 21).result(timeout=30) == 42
        assert pool.replaced == 1


def slow_warm_up() -> None:
    time.sleep(1.5)


def test_a_warm_up_longer_than_the_deadline_is_not_a_task_s_time():
    with WorkerPool(1, timeout=0.5, warmup=slow_warm_up) as pool:
        assert pool.submit(double, 21).result(timeout=60) == 42
        assert pool.replaced == 0


def die_in_warm_up() -> None:
    os._exit(3)


def test_workers_that_die_in_their_warm_up_fail_the_task_once_retried():
    with WorkerPool(1, timeout=5.0, warmup=die_in_warm_up) as pool:
        with pytest.raises(WorkerDied, match="warm-up"):
            pool.submit(double, 21).result(timeout=60)
        assert pool.replaced == 2


def answer_in_part() -> None:
    """Writes the start of an answer on its worker's socket, then stalls: as a worker
    stopped (SIGSTOP, a frozen cgroup) in the middle of sending one."""
    (sock,) = [int(fd) for fd in os.listdir("/proc/self/fd") if _link(fd).startswith("socket:")]
    os.write(sock, _FRAME.pack(1000) + b"x" * 10)
    time.sleep(60)


def _link(fd: str) -> str:
    try:
        return os.readlink(f"/proc/self/fd/{fd}")
    except OSError:
        return ""


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="needs Linux's /proc")
def test_a_worker_stalled_in_the_middle_of_an_answer_costs_the_deadline():
    with WorkerPool(1, timeout=2.0, warmup=import_this_module) as pool:
        assert pool.submit(double, 1).result(timeout=60) == 2
        started = time.monotonic()
        with pytest.raises(TaskTimeout):
            pool.submit(answer_in_part).result(timeout=30)
        assert time.monotonic() - started < 10
        assert pool.submit(double, 21).result(timeout=30) == 42


def test_a_default_socket_timeout_does_not_change_the_pool():
    """``socket.setdefaulttimeout`` (some libraries set it) must not make the pool's
    sockets non-blocking: a large answer would then be cut off."""
    previous = socket.getdefaulttimeout()
    socket.setdefaulttimeout(5.0)
    try:
        with WorkerPool(1, timeout=30.0, warmup=import_this_module) as pool:
            assert pool.submit(size, b"y" * 50_000_000).result(timeout=60) == 50_000_000
            answer = pool.submit(make_bytes, 50_000_000).result(timeout=60)
            assert len(answer) == 50_000_000
            assert pool.replaced == 0
    finally:
        socket.setdefaulttimeout(previous)


def make_bytes(size: int) -> bytes:
    return b"z" * size


def test_workers_ignore_a_ctrl_c_from_their_start():
    """A Ctrl-C reaches every process of the terminal's group, the pool's workers too,
    and the crawl decides how to stop: a worker signalled as it starts lives on (one
    died of a KeyboardInterrupt, with a traceback, while it set itself up to die with
    its parent, before it ignored SIGINT)."""
    with WorkerPool(2, timeout=10.0, warmup=import_this_module) as pool:
        first = pool.pids()
        # Forked a moment ago; signalled again and again while they start.
        until = time.monotonic() + 0.3
        while time.monotonic() < until:
            for pid in first:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, signal.SIGINT)
            time.sleep(0.001)
        assert [pool.submit(double, i).result(timeout=30) for i in range(8)] == list(
            range(0, 16, 2)
        )
        assert pool.replaced == 0 and pool.pids() == first


def test_a_closed_pool_refuses_tasks():
    pool = WorkerPool(1, timeout=5.0, warmup=import_this_module)
    assert pool.submit(double, 2).result(timeout=60) == 4
    pool.close()
    with pytest.raises(RuntimeError, match="closed"):
        pool.submit(double, 3)


def outlive_the_starter(marker: str) -> None:
    """A process that starts slowly: the process that started it is dead and gone before
    it asks to die with it (a crawl killed in its first seconds, its crawl process still
    importing). Whatever still runs after ``die_with_parent`` writes ``marker``."""
    starter = multiprocessing.parent_process().pid
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            os.kill(starter, 0)
        except ProcessLookupError:
            break
        time.sleep(0.05)
    die_with_parent()
    time.sleep(1.0)  # the watch runs on a thread
    Path(marker).write_text("outlived its starter")


STARTER = """
import multiprocessing, sys, time
from tests.test_workers import outlive_the_starter
spawn = multiprocessing.get_context("spawn")
child = spawn.Process(target=outlive_the_starter, args=(sys.argv[1],))
child.start()
print(child.pid, flush=True)
time.sleep(120)
"""


def test_a_process_whose_starter_died_before_it_asked_to_die_with_it_exits(tmp_path):
    # The crawl process of a crawl killed while it was starting ran the whole crawl on
    # as an orphan, without the archive's lock: it asked for PR_SET_PDEATHSIG after its
    # parent had died, and getppid() named the process that adopted it.
    marker = tmp_path / "outlived"
    starter = subprocess.Popen(
        [sys.executable, "-c", STARTER, str(marker)], stdout=subprocess.PIPE, text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )  # fmt: skip
    child = int(starter.stdout.readline())
    starter.kill()
    starter.wait(timeout=30)
    deadline = time.monotonic() + 60
    while alive(child):
        assert time.monotonic() < deadline, "the orphan is still running"
        time.sleep(0.1)
    assert not marker.exists(), marker.read_text()
