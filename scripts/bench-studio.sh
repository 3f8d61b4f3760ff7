#!/usr/bin/env bash
# Studio numbers (a benchmark, not a test): time from `generator studio --no-browser` to the first page served;
# server-side preview latency (edit → PDF bytes, the `ms` the preview answer carries) warm, for forwarding-notice and
# council-agenda; the studio process's memory (VmRSS) after 100 previews. Release build; Linux (/proc).
# Usage: bash scripts/bench-studio.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Generator.Cli -c Release -nologo -v quiet >/dev/null
work="$(mktemp -d)"
port=$((20000 + RANDOM % 20000))
start=$(date +%s.%N)
dotnet src/Generator.Cli/bin/Release/net10.0/generator.dll studio --no-browser --port "$port" \
  --workspace "$work/ws" --templates templates > "$work/out.txt" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT
until grep -q 'token=' "$work/out.txt" 2>/dev/null; do sleep 0.02; done
token=$(grep -o 'token=[0-9a-f]*' "$work/out.txt" | cut -d= -f2)
until curl -sf -o /dev/null -H "X-Studio-Token: $token" "http://127.0.0.1:$port/"; do sleep 0.02; done
end=$(date +%s.%N)
python3 - "$port" "$token" "$pid" "$start" "$end" <<'PY'
import json, statistics, sys, time, urllib.request
port, token, pid, start, end = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), float(sys.argv[5])
base = f"http://127.0.0.1:{port}"
def call(method, path, body=None):
    req = urllib.request.Request(base + path, method=method, headers={"X-Studio-Token": token, "Content-Type": "application/json"},
                                 data=None if body is None else json.dumps(body).encode())
    with urllib.request.urlopen(req) as r: return json.loads(r.read() or b"null")
def rss():
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS"): return int(line.split()[1]) // 1024
print(f"generator studio → first page served: {end - start:.2f} s")
print(f"memory after start: {rss()} MB")
count = 0
for template in ["forwarding-notice", "council-agenda"]:
    draft = call("POST", "/api/drafts", {"template": template})["id"]
    for i in range(5): call("POST", f"/api/drafts/{draft}/preview", {"values": {"date": f"2025-04-{10 + i}"}, "recipient": "011002"}); count += 1
    server, wall = [], []
    for i in range(45):
        t = time.perf_counter()
        r = call("POST", f"/api/drafts/{draft}/preview", {"values": {"date": f"2025-05-{1 + i % 28:02d}"}, "recipient": "011002"})
        wall.append((time.perf_counter() - t) * 1000); server.append(r["ms"]); count += 1
        assert r["pdf"], r["problems"]
    q = statistics.quantiles(server, n=20)
    print(f"{template}: preview (edit → PDF bytes, server) median {statistics.median(server):.0f} ms, p95 {q[18]:.0f} ms; "
          f"round trip incl. JSON/base64 median {statistics.median(wall):.0f} ms; {r['pages']} pages, {len(r['pdf']) * 3 // 4 // 1024} KB")
print(f"memory after {count} previews: {rss()} MB")
PY
