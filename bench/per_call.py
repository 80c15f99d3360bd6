"""Per-call overhead of the generated client against raw httpx on the same MockTransport.

Rounds alternate between raw httpx and the client so that drift of a noisy machine hits both;
each figure is the median over rounds of the mean time per call in that round.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Awaitable, Callable

import httpx

from expanse_api import AsyncExpanse, Expanse

BASE = "https://panel.expanse.host"
HEADERS = {"Authorization": "Bearer sk_bench"}
CALLS, ROUNDS = 2000, 15
RECORD = {"name": "www", "type": "A", "content": "203.0.113.10"}


def answer(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"record": {"id": "r_1"}})


async def answer_async(request: httpx.Request) -> httpx.Response:
    return answer(request)


def per_call(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    for _ in range(CALLS):
        function()
    return (time.perf_counter() - start) / CALLS


def per_call_async(function: Callable[[], Awaitable[object]]) -> float:
    async def loop() -> float:
        start = time.perf_counter()
        for _ in range(CALLS):
            await function()
        return (time.perf_counter() - start) / CALLS

    return asyncio.run(loop())


def compare(
    raw: Callable[[], float], raw_full_url: Callable[[], float], ours: Callable[[], float]
) -> tuple[float, float, float]:
    """Median seconds per call: raw with base_url, raw with full URLs (the fastest raw form),
    and the client; the three alternate within every round."""
    raw(), raw_full_url(), ours()  # warm up every path
    times: tuple[list[float], list[float], list[float]] = ([], [], [])
    for _ in range(ROUNDS):
        for sink, measure in zip(times, (raw, raw_full_url, ours), strict=True):
            sink.append(measure())
    return statistics.median(times[0]), statistics.median(times[1]), statistics.median(times[2])


def main() -> None:
    transport = httpx.MockTransport(answer)
    raw = httpx.Client(transport=transport, base_url=BASE, headers=HEADERS)
    bare = httpx.Client(transport=transport, headers=HEADERS)
    client = Expanse(api_key="sk_bench", http_client=httpx.Client(transport=transport))
    async_transport = httpx.MockTransport(answer_async)
    raw_async = httpx.AsyncClient(transport=async_transport, base_url=BASE, headers=HEADERS)
    bare_async = httpx.AsyncClient(transport=async_transport, headers=HEADERS)
    client_async = AsyncExpanse(
        api_key="sk_bench", http_client=httpx.AsyncClient(transport=async_transport)
    )
    path = "/api/zones/z_1/records/propagation"
    query = {"name": "www", "type": "A"}
    cases = {
        "sync GET, path + query params": compare(
            lambda: per_call(lambda: raw.get(path, params=query).json()),
            lambda: per_call(lambda: bare.get(BASE + path, params=query).json()),
            lambda: per_call(
                lambda: client.zones.records.propagation.retrieve("z_1", name="www", type="A")
            ),
        ),
        "sync POST, JSON body": compare(
            lambda: per_call(lambda: raw.post("/api/zones/z_1/records", json=RECORD).json()),
            lambda: per_call(
                lambda: bare.post(BASE + "/api/zones/z_1/records", json=RECORD).json()
            ),
            lambda: per_call(lambda: client.zones.records.create("z_1", **RECORD)),
        ),
        "async GET, path + query params": compare(
            lambda: per_call_async(lambda: _json(raw_async.get(path, params=query))),
            lambda: per_call_async(lambda: _json(bare_async.get(BASE + path, params=query))),
            lambda: per_call_async(
                lambda: client_async.zones.records.propagation.retrieve("z_1", name="www", type="A")
            ),
        ),
        "async POST, JSON body": compare(
            lambda: per_call_async(
                lambda: _json(raw_async.post("/api/zones/z_1/records", json=RECORD))
            ),
            lambda: per_call_async(
                lambda: _json(bare_async.post(BASE + "/api/zones/z_1/records", json=RECORD))
            ),
            lambda: per_call_async(lambda: client_async.zones.records.create("z_1", **RECORD)),
        ),
    }
    print(
        "| call | raw httpx, base_url | raw httpx, full URL | expanse_api | "
        "ratio to the faster raw form (target at most 1.05) |"
    )
    print("| --- | --- | --- | --- | --- |")
    for name, (raw_time, full_url_time, our_time) in cases.items():
        fastest = min(raw_time, full_url_time)
        print(
            f"| {name} | {raw_time * 1e6:.1f} us | {full_url_time * 1e6:.1f} us | "
            f"{our_time * 1e6:.1f} us | **{our_time / fastest:.3f}** |"
        )


async def _json(response: Awaitable[httpx.Response]) -> object:
    return (await response).json()


if __name__ == "__main__":
    main()
