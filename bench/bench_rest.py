"""The REST API under load: N concurrent clients for S seconds on loopback; prints requests/s, errors, p50/p95

    kg ingest corpus/ --store /tmp/bench-store          # any store with content (KG_MODEL as you serve it)
    python bench/bench_rest.py --store /tmp/bench-store [--clients 50] [--seconds 30]

Starts `kg serve api` on a free loopback port, warms it (the first search opens the index), runs the
clients over a fixed mix of endpoints until the time is up, stops the server (by its PID) and
prints the figures. Exits 1 when any request failed (a non-2xx answer or a transport error).
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

# What an assistant asks most: searches and answers, a provision, a graph question, the documents.
MIX = [
    ("/search", {"q": "PNS menggunakan fasilitas negara dalam kampanye", "k": "10"}),
    ("/search", {"q": "netralitas pegawai ASN pemilihan", "k": "5"}),
    ("/ask", {"q": "sanksi PNS yang ikut kampanye dengan fasilitas negara"}),
    ("/query/sanctions", {"q": "menggunakan fasilitas negara dalam kampanye"}),
    ("/documents", {}),
    ("/health", {}),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(base: str, proc: subprocess.Popen, timeout: float = 120.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            sys.exit(f"the server stopped (exit {proc.returncode}); is the store empty?")
        try:
            if httpx.get(base + "/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            time.sleep(0.2)
    sys.exit("the server did not answer within the timeout")


def client(
    base: str, stop_at: float, n: int, latencies: list[tuple[str, float]], errors: list[str], lock
) -> None:  # type: ignore[no-untyped-def]
    mine: list[tuple[str, float]] = []
    bad: list[str] = []
    with httpx.Client(base_url=base, timeout=60) as http:
        i = n
        while time.monotonic() < stop_at:
            path, params = MIX[i % len(MIX)]
            i += 1
            start = time.perf_counter()
            try:
                r = http.get(path, params=params)
                if r.status_code >= 300:
                    bad.append(f"{path}: HTTP {r.status_code} {r.text[:120]}")
            except httpx.HTTPError as exc:
                bad.append(f"{path}: {type(exc).__name__}")
            mine.append((path, time.perf_counter() - start))
    with lock:
        latencies.extend(mine)
        errors.extend(bad)


def figures(ms: list[float]) -> str:
    """n, p50, p95 and max of a list of milliseconds."""
    if not ms:
        return "no requests"
    ms = sorted(ms)
    p95 = ms[min(len(ms) - 1, int(0.95 * len(ms)))]
    return f"n {len(ms)}, p50 {statistics.median(ms):.1f}, p95 {p95:.1f}, max {ms[-1]:.1f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path, default=os.environ.get("KG_STORE", ".kg-store"))
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=30.0)
    args = ap.parse_args()

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    cmd = [sys.executable, "-m", "kg.cli", "serve", "api", "--port", str(port), "--store", str(args.store)]
    proc = subprocess.Popen(cmd)
    try:
        wait_ready(base, proc)
        for path, params in MIX:  # warm-up: index, graph and answer caches open once
            httpx.get(base + path, params=params, timeout=300)
        latencies: list[tuple[str, float]] = []
        errors: list[str] = []
        lock = threading.Lock()
        stop_at = time.monotonic() + args.seconds
        threads = [
            threading.Thread(target=client, args=(base, stop_at, n, latencies, errors, lock))
            for n in range(args.clients)
        ]
        began = time.monotonic()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.monotonic() - began
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    ms = [x * 1000 for _, x in latencies]
    # elapsed exceeds --seconds by the requests still in flight when the window closed
    print(f"clients {args.clients}, {elapsed:.1f} s, store {args.store}")
    print(f"requests {len(ms)} ({len(ms) / elapsed:.1f}/s), errors {len(errors)}")
    print(f"latency ms: {figures(ms)}")
    for path in dict.fromkeys(p for p, _ in MIX):
        print(f"  {path:<18} {figures([x * 1000 for p, x in latencies if p == path])}")
    for line in errors[:5]:
        print("  error:", line)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
