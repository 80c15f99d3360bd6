"""How long the first call that sends a body blocks, in a fresh process (timed in-process).

`python bench/first_body_call.py sync|async` prints JSON, in milliseconds: making the client,
a first GET (it loads the `zones` resource module and warms httpx), then the first and second
create (a JSON body validated by its model). Before the async client warmed the body models
when made, its first create imported pydantic and built them there, stalling the event loop.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

import httpx

from expanse_api import AsyncExpanse, Expanse

RECORD = {"name": "www", "type": "A", "content": "203.0.113.10", "ttl": 300}


def answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"zones": [], "record": {"id": "r_1"}})


async def answer_async(request: httpx.Request) -> httpx.Response:
    return answer(request)


def milliseconds(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def sync_figures() -> dict[str, float]:
    figures = {}
    start = time.perf_counter()
    transport = httpx.MockTransport(answer)
    client = Expanse(api_key="sk_bench", http_client=httpx.Client(transport=transport))
    figures["construct"] = milliseconds(start)
    start = time.perf_counter()
    client.zones.list(team_id="t_1")
    figures["get"] = milliseconds(start)
    for name in ("first", "second"):
        start = time.perf_counter()
        client.zones.records.create("z_1", **RECORD)
        figures[name] = milliseconds(start)
    return figures


async def async_figures() -> dict[str, float]:
    figures = {}
    start = time.perf_counter()
    transport = httpx.MockTransport(answer_async)
    client = AsyncExpanse(api_key="sk_bench", http_client=httpx.AsyncClient(transport=transport))
    figures["construct"] = milliseconds(start)
    start = time.perf_counter()
    await client.zones.list(team_id="t_1")
    figures["get"] = milliseconds(start)
    for name in ("first", "second"):
        start = time.perf_counter()
        await client.zones.records.create("z_1", **RECORD)
        figures[name] = milliseconds(start)
    return figures


if __name__ == "__main__":
    figures = asyncio.run(async_figures()) if sys.argv[1:] == ["async"] else sync_figures()
    print(json.dumps(figures))
