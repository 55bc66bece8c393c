"""Headless Chromium driven over its DevTools pipe, with the standard library only.

``--remote-debugging-pipe`` makes Chromium read DevTools commands from file descriptor 3
and write answers and events to 4, each a JSON message ended by a NUL byte (the transport
Puppeteer uses). Unlike selenium it needs no chromedriver of the browser's exact version
and no Python package, and unlike ``--print-to-pdf`` it can wait until the page says it is
ready and notice a failed request, instead of guessing a time budget.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import select
import tempfile
import time
from pathlib import Path

from cli.chromium import OFFLINE_FLAGS

#: The file descriptors Chromium reads commands from and writes answers to.
COMMAND_FD, ANSWER_FD = 3, 4
#: Where the pipe ends are moved before they are placed on 3 and 4, so that neither
#: overwrites the other (the parent may hold them on 3 or 4 itself).
_HIGH_FD = 20


class BrowserFailed(RuntimeError):
    """Chromium could not start, went away, or answered a command with an error."""


class Browser:
    """One headless Chromium with one page; use as a context manager.

    ``call`` sends a command to the page (or, with ``browser=True``, to the browser) and
    returns its result; events are kept in ``failed_requests`` where a response failed.
    """

    def __init__(self, binary: str, *, width: int = 1400, height: int = 1000):
        self.binary = binary
        self.flags = (
            "--headless=new",
            *OFFLINE_FLAGS,
            "--hide-scrollbars",
            "--remote-debugging-pipe",
            f"--window-size={width},{height}",
        )
        self.failed_requests: list[str] = []
        self._buffer = b""
        self._next_id = 0
        self._session: str | None = None
        self._pid = 0

    # --- the process -------------------------------------------------------------------

    def __enter__(self) -> Browser:
        self._tmp = tempfile.TemporaryDirectory(prefix="medborgarlofte-chromium-")
        self._log = open(Path(self._tmp.name) / "chromium.log", "wb")
        commands_r, self._commands = os.pipe()
        self._answers, answers_w = os.pipe()
        high = [_dup_high(fd) for fd in (commands_r, answers_w)]
        for fd in (commands_r, answers_w):
            os.close(fd)
        argv = [
            self.binary,
            *self.flags,
            f"--user-data-dir={Path(self._tmp.name) / 'profile'}",
            "about:blank",
        ]
        try:
            # posix_spawn rather than subprocess: it can place the pipe ends on 3 and 4
            # (subprocess keeps inherited descriptors at their numbers).
            self._pid = os.posix_spawn(
                self.binary,
                argv,
                os.environ,
                file_actions=[
                    (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
                    (os.POSIX_SPAWN_DUP2, self._log.fileno(), 1),
                    (os.POSIX_SPAWN_DUP2, self._log.fileno(), 2),
                    (os.POSIX_SPAWN_DUP2, high[0], COMMAND_FD),
                    (os.POSIX_SPAWN_DUP2, high[1], ANSWER_FD),
                ],
            )
        except OSError as err:
            self._close_fds()
            raise BrowserFailed(f"{self.binary}: {err.strerror}") from None
        finally:
            for fd in high:
                os.close(fd)
        try:
            target = self.call("Target.createTarget", {"url": "about:blank"}, browser=True)
            attached = self.call(
                "Target.attachToTarget",
                {"targetId": target["targetId"], "flatten": True},
                browser=True,
            )
            self._session = attached["sessionId"]
            self.call("Network.enable")
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, *exc) -> None:
        if self._pid:
            with contextlib.suppress(OSError):  # already gone
                self._send("Browser.close", {}, browser=True)
            if not _reaped(self._pid, within=5):
                os.kill(self._pid, 9)
                os.waitpid(self._pid, 0)
            self._pid = 0
        self._close_fds()

    def _close_fds(self) -> None:
        for fd in (self._commands, self._answers):
            with contextlib.suppress(OSError):  # closed already
                os.close(fd)
        self._log.close()
        self._tmp.cleanup()

    def log_tail(self, lines: int = 5) -> str:
        """The end of Chromium's own output, for an error message."""
        path = Path(self._tmp.name) / "chromium.log"
        text = path.read_text(errors="replace") if path.exists() else ""
        return "\n".join(text.strip().splitlines()[-lines:])

    # --- the protocol --------------------------------------------------------------------

    def _send(self, method: str, params: dict, *, browser: bool) -> int:
        self._next_id += 1
        message: dict = {"id": self._next_id, "method": method, "params": params}
        if not browser and self._session:
            message["sessionId"] = self._session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        return self._next_id

    def call(
        self, method: str, params: dict | None = None, *, browser: bool = False, timeout=60.0
    ) -> dict:
        """Send ``method`` and wait for its answer; ``BrowserFailed`` on an error."""
        wanted = self._send(method, params or {}, browser=browser)
        deadline = time.monotonic() + timeout
        while True:
            message = self._receive(deadline, method)
            if message.get("id") == wanted:
                if "error" in message:
                    raise BrowserFailed(f"{method}: {message['error'].get('message')}")
                return message.get("result", {})
            self._note_event(message)

    def _receive(self, deadline: float, method: str) -> dict:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self._answers], [], [], max(left, 0))
            if not ready:
                raise TimeoutError(f"Chromium did not answer {method} in time")
            chunk = os.read(self._answers, 1 << 20)
            if not chunk:
                raise BrowserFailed(f"Chromium quit\n{self.log_tail()}".strip())
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def _note_event(self, message: dict) -> None:
        params = message.get("params", {})
        if message.get("method") == "Network.responseReceived":
            response = params.get("response", {})
            if response.get("status", 200) >= 500:
                self.failed_requests.append(f"{response.get('status')} {response.get('url')}")
        elif message.get("method") == "Network.loadingFailed" and not params.get("canceled"):
            self.failed_requests.append(params.get("errorText", "loading failed"))

    # --- a page ------------------------------------------------------------------------

    def open(self, url: str) -> None:
        """Load ``url`` in the page; ``BrowserFailed`` when it cannot be reached."""
        result = self.call("Page.navigate", {"url": url})
        if result.get("errorText"):
            raise BrowserFailed(f"{url}: {result['errorText']}")

    def evaluate(self, expression: str):
        """The value of a JavaScript expression in the page."""
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        return result.get("result", {}).get("value")


def _dup_high(fd: int) -> int:
    """A copy of ``fd`` at ``_HIGH_FD`` or above (closed on exec, like every pipe here)."""
    return fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, _HIGH_FD)


def _reaped(pid: int, *, within: float) -> bool:
    """Wait up to ``within`` seconds for ``pid`` to end; whether it did."""
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            return True
        time.sleep(0.05)
    return False
