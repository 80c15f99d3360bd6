"""How long the first call that sends a body blocks, in a fresh process (timed in-process).

`python bench/first_body_call.py sync|async` prints JSON: milliseconds to make the client, for
the first create (a JSON body validated by its model) and for the second. The async client
imports the body models when it is made, so that its first body call does not stall the loop.
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
    return httpx.Response(200, json={"record": {"id": "r_1"}})


async def answer_async(request: httpx.Request) -> httpx.Response:
    return answer(request)


def milliseconds(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def sync_figures() -> dict[str, float]:
    start = time.perf_counter()
    client = Expanse(
        api_key="sk_bench", http_client=httpx.Client(transport=httpx.MockTransport(answer))
    )
    made = milliseconds(start)
    start = time.perf_counter()
    client.zones.records.create("z_1", **RECORD)
    first = milliseconds(start)
    start = time.perf_counter()
    client.zones.records.create("z_1", **RECORD)
    return {"construct": made, "first": first, "second": milliseconds(start)}


async def async_figures() -> dict[str, float]:
    start = time.perf_counter()
    transport = httpx.MockTransport(answer_async)
    client = AsyncExpanse(api_key="sk_bench", http_client=httpx.AsyncClient(transport=transport))
    made = milliseconds(start)
    start = time.perf_counter()
    await client.zones.records.create("z_1", **RECORD)
    first = milliseconds(start)
    start = time.perf_counter()
    await client.zones.records.create("z_1", **RECORD)
    return {"construct": made, "first": first, "second": milliseconds(start)}


if __name__ == "__main__":
    figures = asyncio.run(async_figures()) if sys.argv[1:] == ["async"] else sync_figures()
    print(json.dumps(figures))
