"""Load-test the HTTP service on loopback: requests/s and p50/p99 latency at given concurrencies.

Usage: python benchmarks/load_service.py [--workers 1] [--requests 300] [--max-seconds 60]
                                          [--concurrency 1 8] [--url http://127.0.0.1:PORT]

Without --url the script starts ``nlp-checker serve`` itself on a free loopback port (with
``--workers`` processes) and stops it afterwards. Only loopback URLs are accepted. Each level
sends one-page example notes (examples/notes/*.txt, 1-3 KB) as multipart uploads to
``POST /v1/check``, bounded by --requests and --max-seconds, after a short warm-up.
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import json
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

import httpx

ROOT = Path(__file__).resolve().parent.parent
NOTES = sorted((ROOT / "examples" / "notes").glob("dev*.txt"))


def _loopback(url: str) -> bool:
    host = urlparse(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(workers: int, state_dir: Path) -> tuple[str, subprocess.Popen[bytes]]:
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("NLP_CHECKER_")}
    env["NLP_CHECKER_STATE_DIR"] = str(state_dir)
    exe = Path(sys.executable).parent / "nlp-checker"
    process = subprocess.Popen(
        [str(exe), "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers),
         "--log-level", "warning"],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    ready = 0
    while time.monotonic() < deadline:
        try:
            # With several workers each has its own checker; wait until a few answer ready.
            ready = ready + 1 if httpx.get(url + "/readyz", timeout=2).status_code == 200 else 0
            if ready >= 3 * workers:
                return url, process
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    process.kill()
    msg = "the server did not become ready"
    raise SystemExit(msg)


async def run_level(
    url: str,
    concurrency: int,
    max_requests: int,
    max_seconds: float,
    bodies: list[tuple[str, bytes]],
) -> dict[str, object]:
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    sent = 0
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:
        # Warm-up: every connection once, not measured.
        await asyncio.gather(*(
            client.post("/v1/check", files={"file": bodies[i % len(bodies)]})
            for i in range(concurrency)
        ))  # fmt: skip
        started = time.perf_counter()
        stop_at = started + max_seconds

        async def worker() -> None:
            nonlocal sent
            while sent < max_requests and time.perf_counter() < stop_at:
                name, data = bodies[sent % len(bodies)]
                sent += 1
                t0 = time.perf_counter()
                response = await client.post("/v1/check", files={"file": (name, data)})
                latencies.append(time.perf_counter() - t0)
                statuses[response.status_code] = statuses.get(response.status_code, 0) + 1

        await asyncio.gather(*(worker() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
    ordered = sorted(latencies)
    p99_index = min(len(ordered) - 1, max(0, round(0.99 * len(ordered)) - 1))
    return {
        "concurrency": concurrency,
        "requests": len(latencies),
        "seconds": round(elapsed, 2),
        "requests_per_s": round(len(latencies) / elapsed, 1),
        "p50_ms": round(statistics.median(ordered) * 1000, 1),
        "p99_ms": round(ordered[p99_index] * 1000, 1),
        "statuses": statuses,
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--url", help="a running service (loopback only); default: start one")
    parser.add_argument("--workers", type=int, default=1, help="--workers of the started server")
    parser.add_argument("--requests", type=int, default=300, help="most requests per level")
    parser.add_argument("--max-seconds", type=float, default=60.0, help="most seconds per level")
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8])
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args()
    if args.requests < 1 or args.requests > 100_000 or args.max_seconds > 600:
        parser.error("keep the run bounded: 1 <= --requests <= 100000, --max-seconds <= 600")
    if args.url and not _loopback(args.url):
        parser.error("only loopback URLs (127.0.0.1, ::1, localhost) may be load-tested")

    bodies = [(p.name, p.read_bytes()) for p in NOTES]
    load_before = os.getloadavg()[0]
    process = None
    url = args.url
    if url is None:
        import tempfile

        state = Path(tempfile.mkdtemp(prefix="nlp-checker-bench-"))
        url, process = start_server(args.workers, state)
    try:
        levels = [
            asyncio.run(run_level(url, c, args.requests, args.max_seconds, bodies))
            for c in args.concurrency
        ]
    finally:
        if process is not None:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)
    report = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        "workers": args.workers if args.url is None else None,
        "notes": f"{len(bodies)} one-page notes, {min(len(b) for _, b in bodies)}-"
        f"{max(len(b) for _, b in bodies)} bytes",
        "load_avg_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "levels": levels,
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{report['machine']}; workers={report['workers']}; {report['notes']}")
        print(f"1-min load average before/after: {report['load_avg_1min']}")
        print("concurrency  requests  req/s   p50 ms  p99 ms  statuses")
        for level in levels:
            print(
                f"{level['concurrency']:>11}  {level['requests']:>8}  "
                f"{level['requests_per_s']:>5}  {level['p50_ms']:>7}  {level['p99_ms']:>6}  "
                f"{level['statuses']}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
