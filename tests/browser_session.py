"""One headless browser for many page loads: Chromium (or Chrome) driven over the DevTools
protocol on a pipe (`--remote-debugging-pipe`: commands on fd 3, answers on fd 4, each message
JSON ending in a NUL byte), standard library only.

A browser start costs more than a page load, so a test module starts one `BrowserSession` and
opens each page in a fresh tab of it; what a test reads back (the DOM as serialised after the
page's script ran, a PNG) is what `--dump-dom` and `--screenshot` give one run at a time.
"""

from __future__ import annotations

import base64
import json
import os
import select
import subprocess
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

# fds the browser reads commands from and writes answers to, fixed by --remote-debugging-pipe.
COMMANDS_FD, ANSWERS_FD = 3, 4


class BrowserGone(RuntimeError):
    """The browser ended, or did not answer in time."""


class BrowserSession:
    def __init__(self, executable: Path, flags: Sequence[str], profile: Path) -> None:
        commands_read, self._commands = os.pipe()
        self._answers, answers_write = os.pipe()

        def wire_pipes() -> None:  # in the child, before exec
            os.dup2(commands_read, COMMANDS_FD)
            os.dup2(answers_write, ANSWERS_FD)

        self._process = subprocess.Popen(
            [
                str(executable),
                *flags,
                f"--user-data-dir={profile}",
                "--remote-debugging-pipe",
                "about:blank",
            ],
            pass_fds=(COMMANDS_FD, ANSWERS_FD),
            preexec_fn=wire_pipes,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(commands_read)
        os.close(answers_write)
        self._pending = b""
        self._last_id = 0

    def send(
        self, method: str, params: dict[str, Any] | None = None, *, session: str | None = None
    ) -> dict[str, Any]:
        """One command and its result (events that arrive meanwhile are dropped)."""
        self._last_id += 1
        message: dict[str, Any] = {"id": self._last_id, "method": method, "params": params or {}}
        if session is not None:
            message["sessionId"] = session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        while True:
            answer = self._next_message(timeout=30)
            if answer.get("id") == self._last_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                result: dict[str, Any] = answer["result"]
                return result

    def _next_message(self, timeout: float) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while b"\0" not in self._pending:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._answers], [], [], left)[0]:
                raise BrowserGone(f"no answer from the browser within {timeout:g} s")
            chunk = os.read(self._answers, 1 << 16)
            if not chunk:
                raise BrowserGone(f"the browser ended (exit {self._process.poll()})")
            self._pending += chunk
        raw, _, self._pending = self._pending.partition(b"\0")
        message: dict[str, Any] = json.loads(raw)
        return message

    @contextmanager
    def page(self, url: str, width: int = 1280, height: int = 2000) -> Iterator[Page]:
        """`url` loaded in a new tab of a `width` x `height` window, its scripts run."""
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        try:
            session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})[
                "sessionId"
            ]
            page = Page(self, session)
            self.send(
                "Emulation.setDeviceMetricsOverride",
                {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
                session=session,
            )
            self.send("Page.navigate", {"url": url}, session=session)
            page.wait_until_loaded()
            yield page
        finally:
            self.send("Target.closeTarget", {"targetId": target})

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except (BrowserGone, RuntimeError, OSError):
            pass
        finally:
            os.close(self._commands)
            os.close(self._answers)
            try:
                self._process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()


class Page:
    def __init__(self, browser: BrowserSession, session: str) -> None:
        self._browser = browser
        self._session = session

    def evaluate(self, expression: str) -> Any:
        result = self._browser.send(
            "Runtime.evaluate",
            {"expression": expression, "returnByValue": True},
            session=self._session,
        )
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def wait_until_loaded(self, timeout: float = 20) -> None:
        """Until the load event has fired: the page's scripts have run by then."""
        deadline = time.monotonic() + timeout
        while self.evaluate("document.readyState") != "complete":
            if time.monotonic() > deadline:
                raise BrowserGone(f"the page did not finish loading within {timeout:g} s")
            time.sleep(0.02)

    def dom(self) -> str:
        """The document as the browser serialises it now (what --dump-dom prints)."""
        html: str = self.evaluate("document.documentElement.outerHTML")
        return html

    def screenshot(self) -> bytes:
        data = self._browser.send(
            "Page.captureScreenshot", {"format": "png"}, session=self._session
        )
        return base64.b64decode(data["data"])
