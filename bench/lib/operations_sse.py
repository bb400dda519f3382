#!/usr/bin/env python3
"""How fast a situation-log entry posted on one node reaches plain HTTP SSE clients on another node.

    python3 bench/lib/operations_sse.py --post http://localhost:8191 --stream http://localhost:8192 \
        --disruption ID --token TOKEN [--clients 200] [--posts 50] [--interval 0.5]

Opens --clients event streams (/api/v1/disruptions/ID/events) on the --stream node, then posts --posts
log entries to the --post node, each carrying the time it was sent; every client notes when each one
arrives. Prints one parseable line: SSE clients=… posts=… received=… p50_ms=… p99_ms=… max_ms=….
Both nodes and this script run on one machine, so one clock measures both ends. Standard library only.
"""

import argparse
import http.client
import json
import threading
import time
import urllib.parse


def stream(base, disruption, token, marker, latencies, lock, ready, stop):
    u = urllib.parse.urlparse(base)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=120)
    conn.request("GET", f"/api/v1/disruptions/{disruption}/events",
                 headers={"Accept": "text/event-stream", "Authorization": "Bearer " + token})
    resp = conn.getresponse()
    if resp.status != 200:
        raise SystemExit(f"stream answered {resp.status}")
    ready.release()
    try:
        while not stop.is_set():
            line = resp.readline()
            if not line:
                break
            line = line.decode("utf-8").rstrip("\r\n")
            if line.startswith("data:"):
                now = time.time_ns()
                try:
                    summary = json.loads(line[5:].strip()).get("summary") or ""
                except ValueError:
                    continue
                if summary.startswith(marker):
                    sent = int(summary.split()[2])
                    with lock:
                        latencies.append((now - sent) / 1e6)
    except Exception:
        pass
    finally:
        conn.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--post", required=True)
    ap.add_argument("--stream", required=True)
    ap.add_argument("--disruption", required=True)
    ap.add_argument("--token", required=True)
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--posts", type=int, default=50)
    ap.add_argument("--interval", type=float, default=0.5)
    args = ap.parse_args()
    marker = "BENCH-SSE"
    latencies, lock, stop = [], threading.Lock(), threading.Event()
    ready = threading.Semaphore(0)
    threads = []
    for _ in range(args.clients):
        t = threading.Thread(target=stream, args=(args.stream, args.disruption, args.token, marker, latencies, lock,
                                                  ready, stop), daemon=True)
        t.start()
        threads.append(t)
    for _ in range(args.clients):
        if not ready.acquire(timeout=60):
            raise SystemExit("not every stream opened")
    time.sleep(1)
    u = urllib.parse.urlparse(args.post)
    for k in range(args.posts):
        body = json.dumps({"kind": "OBSERVATION", "text": f"{marker} {k} {time.time_ns()}"})
        c = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
        c.request("POST", f"/api/v1/disruptions/{args.disruption}/log", body=body,
                  headers={"Content-Type": "application/json", "Authorization": "Bearer " + args.token})
        r = c.getresponse()
        r.read()
        c.close()
        if r.status != 201:
            raise SystemExit(f"posting answered {r.status}")
        time.sleep(args.interval)
    time.sleep(3)
    stop.set()
    with lock:
        xs = sorted(latencies)
    expected = args.clients * args.posts
    if not xs:
        print(f"SSE clients={args.clients} posts={args.posts} received=0 expected={expected}")
        return

    def pct(p):
        return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]

    print(f"SSE clients={args.clients} posts={args.posts} received={len(xs)} expected={expected}"
          f" p50_ms={pct(50):.1f} p90_ms={pct(90):.1f} p99_ms={pct(99):.1f} max_ms={xs[-1]:.1f}")


if __name__ == "__main__":
    main()
