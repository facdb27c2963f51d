"""The bench's terminal: runs a program on a pseudo-terminal of its own and
times what a person at that terminal would see.

A reader thread takes the program's output off the pty and stamps each
chunk with the time read() returned; the caller's thread feeds the chunks,
in order, to a pyte screen and asks questions of it. So a time is when the
bytes reached the terminal, however long the emulator takes to parse them.

  with Pty([EZBOARD, "--data", data]) as p:
      frame = p.first_frame("Kim Thành")        # ms, bytes, burst_bytes
      step = p.key("Down")                     # latency_ms, bytes
      idle = p.idle(10)                        # bytes, cpu_pct

Linux only (/proc); needs pyte (PyPI).
"""
import collections
import fcntl
import os
import re
import select
import signal
import struct
import termios
import threading
import time

import pyte

CLK_TCK = os.sysconf("SC_CLK_TCK")

# Variables that would tell the program about a terminal other than ours.
_FOREIGN_ENV = ("LINES", "COLUMNS", "COLORTERM", "TMUX", "TMUX_PANE", "STY", "TERM_PROGRAM",
                "TERM_PROGRAM_VERSION", "VTE_VERSION")

# Named keys as a terminal sends them; cursor keys follow DECCKM (set by
# curses' keypad mode), so they are built when sent.
_KEYS = {"Enter": b"\r", "Tab": b"\t", "S-Tab": b"\x1b[Z", "Escape": b"\x1b", "Backspace": b"\x7f",
         "PgUp": b"\x1b[5~", "PgDn": b"\x1b[6~", "Space": b" "}
_CURSOR = {"Up": b"A", "Down": b"B", "Right": b"C", "Left": b"D", "Home": b"H", "End": b"F"}

# pyte 0.8 draws garbage for a few sequences curses may send: CSI with a
# `<`, `=` or `>` prefix or with intermediate bytes (modifyOtherKeys, cursor
# shape), and DCS/SOS/PM/APC strings. None of them changes the text.
_IGNORED = re.compile(rb"\x1b\[[<=>][0-?]*[ -/]*[@-~]|\x1b\[[0-?]*[ -/]+[@-~]|\x1b[PX^_].*?(?:\x1b\\|\x07)", re.S)
# An escape sequence cut off at the end of a chunk: kept for the next one.
_UNFINISHED = re.compile(rb"\x1b(?:\[[0-?]*[ -/]*|\][^\x07\x1b]*\x1b?|[PX^_][^\x07\x1b]*\x1b?)?\Z")
_DECCKM = re.compile(rb"\x1b\[\?([0-9;]*)([hl])")


class _Screen(pyte.Screen):
    """pyte's screen plus REP (repeat the last character) and SU/SD
    (scroll), which ncurses uses on xterm-256color."""

    def __init__(self, cols, rows):
        super().__init__(cols, rows)
        self.last_char = None

    def draw(self, data):
        super().draw(data)
        if data:
            self.last_char = data[-1]

    def repeat_last(self, *params, **kw):
        if self.last_char is not None and not kw.get("private"):
            n = params[0] if params and params[0] else 1
            self.draw(self.last_char * min(n, self.columns * self.lines))

    def _scroll(self, params, up):
        top, bottom = self.margins or (0, self.lines - 1)
        n = max(1, min((params[0] if params else 1) or 1, bottom - top + 1))
        x, y = self.cursor.x, self.cursor.y
        self.cursor.y = bottom if up else top
        for _ in range(n):
            (self.index if up else self.reverse_index)()
        self.cursor.x, self.cursor.y = x, y

    def scroll_up(self, *params, **kw):
        if not kw.get("private"):
            self._scroll(params, True)

    def scroll_down(self, *params, **kw):
        # CSI T with several parameters is mouse highlighting, not SD.
        if not kw.get("private") and len(params) <= 1:
            self._scroll(params, False)


class _Stream(pyte.ByteStream):
    csi = dict(pyte.Stream.csi, b="repeat_last", S="scroll_up", T="scroll_down")
    events = pyte.Stream.events | frozenset(["repeat_last", "scroll_up", "scroll_down"])


class Pty:
    """One program on its own pty (its session leader, the pty its
    controlling terminal), COLSxROWS, TERM=xterm-256color, LANG=C.UTF-8."""

    def __init__(self, argv, cols=120, rows=40, env=None, unset=()):
        e = {k: v for k, v in os.environ.items() if k not in _FOREIGN_ENV and not k.startswith("LC_")}
        e.update(TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8")
        e.update(env or {})
        for k in unset:
            e.pop(k, None)
        self.screen = _Screen(cols, rows)
        self.stream = _Stream(self.screen)
        self.app_cursor = False
        self.held = b""
        self.total = 0          # bytes fed to the screen
        self.last_byte_t = None
        self.changes = 0        # chunks that changed the screen
        self.chunks = collections.deque()
        self.arrived = threading.Condition()
        self.eof = False
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.t0 = time.monotonic()
        pid = os.fork()
        if pid == 0:
            try:
                os.close(master)
                os.setsid()
                fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
                for fd in (0, 1, 2):
                    os.dup2(slave, fd)
                if slave > 2:
                    os.close(slave)
                # Python ignores SIGPIPE and may block signals: the program
                # gets the defaults a shell would give it.
                for s in (signal.SIGPIPE, signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT,
                          signal.SIGWINCH, signal.SIGTSTP, signal.SIGCHLD, signal.SIGXFSZ):
                    signal.signal(s, signal.SIG_DFL)
                signal.pthread_sigmask(signal.SIG_SETMASK, [])
                os.execve(argv[0], argv, e)
            finally:
                os._exit(127)
        os.close(slave)
        self.pid, self.master = pid, master
        self.wake_r, self.wake_w = os.pipe()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # ---- output

    def _read(self):
        while True:
            r, _, _ = select.select([self.master, self.wake_r], [], [])
            if self.wake_r in r:
                return
            try:
                data = os.read(self.master, 65536)
            except OSError:
                data = b""
            t = time.monotonic()
            with self.arrived:
                self.chunks.append((t, data))
                self.arrived.notify()
            if not data:
                return

    def _feed(self, data):
        for params, on in _DECCKM.findall(data):
            if b"1" in params.split(b";"):
                self.app_cursor = on == b"h"
        buf = self.held + data
        cut = _UNFINISHED.search(buf)
        if cut is not None and len(buf) - cut.start() < 65536:
            buf, self.held = buf[:cut.start()], buf[cut.start():]
        else:
            self.held = b""
        self.stream.feed(_IGNORED.sub(b"", buf))
        # Curses writes only what changed, so a line pyte drew on is a change.
        return bool(self.screen.dirty)

    def pump(self, until, timeout):
        """Feeds output to the screen until until(t) holds after a chunk
        read at time t; returns that t, or None at the deadline or the end
        of output."""
        deadline = time.monotonic() + timeout
        while True:
            with self.arrived:
                while not self.chunks:
                    left = deadline - time.monotonic()
                    if left <= 0 or self.eof:
                        return None
                    self.arrived.wait(min(left, 0.05))
                t, data = self.chunks.popleft()
            if not data:
                self.eof = True
                return None
            self.total += len(data)
            self.last_byte_t = t
            self.screen.dirty.clear()
            if self._feed(data):
                self.changes += 1
            if until(t):
                return t

    def settle(self, quiet=0.1, limit=5.0):
        """Reads until no byte came for `quiet` seconds; the bytes read."""
        before = self.total
        end = time.monotonic() + limit
        while time.monotonic() < end:
            if self.pump(lambda t: False, quiet) is None and not self._pending():
                break
        return self.total - before

    def _pending(self):
        with self.arrived:
            return bool(self.chunks)

    def text(self):
        return "\n".join(self.screen.display)

    # ---- measurements

    def first_frame(self, expect, timeout=30, quiet=0.1):
        """ms from the start until the screen shows `expect`, the bytes
        until then, and the bytes of the whole first burst of output."""
        t = self.pump(lambda t: expect in self.text(), timeout)
        if t is None:
            raise RuntimeError(f"no first frame with {expect!r} within {timeout} s; screen:\n{self.text()}")
        at = self.total
        burst = at + self.settle(quiet)
        return {"ms": round((t - self.t0) * 1000, 1), "bytes": at, "burst_bytes": burst}

    def key(self, name, quiet=0.15, timeout=5):
        """Sends a key; ms until the screen changes, bytes until quiet."""
        if name in _CURSOR:
            data = (b"\x1bO" if self.app_cursor else b"\x1b[") + _CURSOR[name]
        else:
            data = _KEYS.get(name, name.encode())
        return self.step(lambda: os.write(self.master, data), None, quiet, timeout)

    def step(self, action, expect=None, quiet=0.15, timeout=5):
        """Runs action(); ms until the screen changes (or matches the regex
        `expect`), and the bytes written until output is quiet."""
        self.settle(0.02)
        changes, before = self.changes, self.total
        if expect is None:
            until = lambda t: self.changes > changes
        else:
            rx = re.compile(expect)
            until = lambda t: rx.search(self.text()) is not None
        sent = time.monotonic()
        action()
        t = self.pump(until, timeout)
        self.settle(quiet)
        return {"latency_ms": None if t is None else round((t - sent) * 1000, 1), "bytes": self.total - before}

    def idle(self, seconds):
        """Bytes written and CPU used (% of one core) over `seconds` of
        nothing happening."""
        self.settle()
        before, cpu0, t0 = self.total, self.cpu_ticks(), time.monotonic()
        self.pump(lambda t: False, seconds)
        wall = time.monotonic() - t0
        return {"bytes": self.total - before,
                "cpu_pct": round((self.cpu_ticks() - cpu0) / CLK_TCK / wall * 100, 1)}

    def cpu_ticks(self):
        with open(f"/proc/{self.pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return sum(int(x) for x in fields[11:15])  # utime stime cutime cstime

    def peak_rss_kb(self):
        with open(f"/proc/{self.pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        return None

    def close(self):
        """SIGTERM, then SIGKILL after 3 s; the reader stops."""
        try:
            os.kill(self.pid, signal.SIGTERM)
            for _ in range(300):
                if os.waitpid(self.pid, os.WNOHANG)[0] == self.pid:
                    break
                time.sleep(0.01)
            else:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
        except OSError:  # it had ended and been reaped already
            pass
        os.write(self.wake_w, b"x")
        self.reader.join(1)
        for fd in (self.master, self.wake_r, self.wake_w):
            os.close(fd)
