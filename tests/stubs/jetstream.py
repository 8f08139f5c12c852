"""A Jetstream stand-in on 127.0.0.1: a websocket server replaying an event archive.

It honours the real query parameters (wantedCollections, wantedDids, cursor in unix
microseconds) the way Jetstream does: events at or after the cursor are replayed; without a
cursor the whole archive counts as "live" and is sent. Account and identity events are sent
regardless of wantedCollections. A per-connection plan can cut the TCP connection abruptly
after N messages (no close frame, like a network failure) or close cleanly when done.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any
from urllib.parse import parse_qs, urlsplit

from websockets.asyncio.server import serve


class JetstreamStub:
    """Serve `archive` (a list of (time_us, event-dict-or-raw-string)) over a websocket."""

    def __init__(self, archive: list[tuple[int, Any]], *, cut_after: list[int | None] | None = None,
                 close_when_done: bool = True) -> None:
        self.archive = sorted(archive, key=lambda pair: pair[0])
        self.cut_after = list(cut_after or [])
        self.close_when_done = close_when_done
        self.connections: list[dict[str, list[str]]] = []  # the parsed query of every connection
        self.sent: list[list[str]] = []
        self._server = None

    @property
    def url(self) -> str:
        port = self._server.sockets[0].getsockname()[1]
        return f"ws://127.0.0.1:{port}/subscribe"

    async def __aenter__(self) -> "JetstreamStub":
        self._server = await serve(self._handler, "127.0.0.1", 0)
        return self

    async def __aexit__(self, *exc) -> None:
        self._server.close()
        await self._server.wait_closed()

    def _wanted(self, event: Any, query: dict[str, list[str]]) -> bool:
        if not isinstance(event, dict):
            return True  # raw (malformed) frames go to everyone
        dids = set(query.get("wantedDids", []))
        if dids and event.get("did") not in dids:
            return False
        cols = set(query.get("wantedCollections", []))
        if event.get("kind") == "commit" and cols:
            return event["commit"].get("collection") in cols
        return True

    async def _handler(self, ws) -> None:
        query = parse_qs(urlsplit(ws.request.path).query)
        index = len(self.connections)
        self.connections.append(query)
        self.sent.append([])
        cursor = int(query["cursor"][0]) if "cursor" in query else None
        cut = self.cut_after[index] if index < len(self.cut_after) else None
        for time_us, event in self.archive:
            if (cursor is not None and time_us < cursor) or not self._wanted(event, query):
                continue
            if cut is not None and len(self.sent[index]) >= cut:
                await asyncio.sleep(0.05)  # let the sent frames leave before the cut
                ws.transport.abort()
                return
            raw = event if isinstance(event, str) else json.dumps(event)
            await ws.send(raw)
            self.sent[index].append(raw)
        if self.close_when_done:
            await asyncio.sleep(0.05)
            await ws.close()
        else:
            await ws.wait_closed()
