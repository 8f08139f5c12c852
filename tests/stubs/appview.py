"""A Bluesky AppView stand-in: app.bsky.actor.getProfile over XRPC, as the real one answers."""

from __future__ import annotations

from typing import Any

from .httpstub import HttpStub


class AppViewStub(HttpStub):
    """getProfile for the given profiles (keyed by handle and DID); 400 InvalidRequest otherwise."""

    def __init__(self, profiles: list[dict[str, Any]], *, fail_with: int | None = None) -> None:
        self.profiles = {p["handle"].lower(): p for p in profiles} | {p["did"]: p for p in profiles}
        self.fail_with = fail_with
        super().__init__(self._route)

    def _route(self, method, path, query, headers):
        if self.fail_with:
            return self.fail_with, {}, {"error": "InternalServerError", "message": "Internal Server Error"}
        if path != "/xrpc/app.bsky.actor.getProfile":
            return 404, {}, {"error": "MethodNotImplemented", "message": "Method Not Implemented"}
        actor = (query.get("actor") or [""])[0].lower()
        if actor not in self.profiles:
            return 400, {}, {"error": "InvalidRequest", "message": "Profile not found"}
        return 200, {}, self.profiles[actor]

    @property
    def profile_requests(self) -> list[str]:
        return [q.get("actor", [""])[0] for _, p, q in self.requests if p.endswith("getProfile")]
