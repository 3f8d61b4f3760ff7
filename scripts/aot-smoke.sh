#!/usr/bin/env bash
# Smoke test of the Native AOT build of the generator command against the JIT build (issue 17), run by scripts/test.sh:
#   - every template rendered in txt, docx, pdf and markup, and a one-prefecture batch (scripts/compare-outputs.sh):
#     the same bytes from both builds, but for manifest.json's per-recipient "fingerprint" (--skip-unchanged), which names
#     the build that wrote the files (the SHA-256 of its code) and so differs between the two builds by design;
#   - `generator templates`: the same output;
#   - `generator check` on a notice with an impossible date: exit 1 from both, with the same message;
#   - GENERATOR_GC_STATS=1 prints the collector's figures; workstation GC by default, server GC with DOTNET_gcServer=1;
#   - GENERATOR_TIMELINE=1 marks a batch's phases on standard error, in order; a batch prepares its font for repeated
#     subsetting, one document (render) does not;
#   - the studio starts and previews a draft (a PDF comes back).
# A missing toolchain (no C linker, no zlib1g-dev) fails, never skips. Usage: bash scripts/aot-smoke.sh
# (AOT_BINARY=<path> tests that binary instead of building one, e.g. artifacts/aot/generator after publish-aot.sh.)
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
work="$(mktemp -d)"
studio_pid=""
trap '[ -n "$studio_pid" ] && kill "$studio_pid" 2>/dev/null; rm -rf "$work"' EXIT
fail() { echo "aot-smoke: FAILED: $*" >&2; exit 1; }

if [ -n "${AOT_BINARY:-}" ]; then
  aot="$(cd "$(dirname "$AOT_BINARY")" && pwd)/$(basename "$AOT_BINARY")"
else
  aot="$(bash scripts/publish-aot.sh "$work/aot-build")" || fail "the Native AOT build did not build (see above)"
fi
dotnet build src/Generator.Cli -c Release -nologo -v quiet >/dev/null
jit=(dotnet "$root/src/Generator.Cli/bin/Release/net10.0/generator.dll")

# 1. documents: the same bytes
bash scripts/compare-outputs.sh "$work/jit" >/dev/null
GENERATOR="$aot" bash scripts/compare-outputs.sh "$work/aot" >/dev/null
for build in jit aot; do
  grep -v ' \./batch/manifest\.json$' "$work/$build/SHA256SUMS" > "$work/$build.sums"
  grep -v '"fingerprint": ' "$work/$build/batch/manifest.json" > "$work/$build.manifest"
done
diff "$work/jit.sums" "$work/aot.sums" >&2 || fail "the AOT build's documents differ from the JIT build's (above)"
diff "$work/jit.manifest" "$work/aot.manifest" >&2 || fail "the AOT build's manifest.json differs from the JIT build's (above)"
echo "aot-smoke: documents identical ($(wc -l < "$work/jit.sums") files, and manifest.json but for the build fingerprints)"

# 2. templates
"${jit[@]}" templates > "$work/templates.jit"
"$aot" templates > "$work/templates.aot"
cmp -s "$work/templates.jit" "$work/templates.aot" || fail "'generator templates' prints differently"
echo "aot-smoke: templates identical"

# 3. check on bad input: exit 1, same message
sed 's/^date: .*/date: 2025-02-30/' templates/forwarding-notice/notice.yaml > "$work/bad-notice.yaml"
grep -q '^date: 2025-02-30' "$work/bad-notice.yaml" || fail "could not make the bad notice"
set +e
"${jit[@]}" check forwarding-notice --data "$work/bad-notice.yaml" > "$work/check.jit.out" 2> "$work/check.jit.err"; jit_rc=$?
"$aot" check forwarding-notice --data "$work/bad-notice.yaml" > "$work/check.aot.out" 2> "$work/check.aot.err"; aot_rc=$?
set -e
[ "$jit_rc" -eq 1 ] || fail "JIT check exited $jit_rc, expected 1"
[ "$aot_rc" -eq 1 ] || fail "AOT check exited $aot_rc, expected 1"
grep -q '2025-02-30' "$work/check.aot.err" || fail "AOT check does not name the bad date: $(cat "$work/check.aot.err")"
cmp -s "$work/check.jit.err" "$work/check.aot.err" && cmp -s "$work/check.jit.out" "$work/check.aot.out" || fail "'generator check' reports differently: diff $work/check.jit.err $work/check.aot.err"
echo "aot-smoke: check on a bad notice: exit 1 from both, same message"

# 4. the garbage collectors: workstation by default; server GC linked in and chosen with DOTNET_gcServer=1 (issue 17)
for gc in workstation server; do
  line=$(DOTNET_gcServer=$([ "$gc" = server ] && echo 1 || echo 0) GENERATOR_GC_STATS=1 "$aot" render circular --format txt --out "$work/gc-$gc" 2>&1 >/dev/null | grep '^generator: gc: ') \
    || fail "GENERATOR_GC_STATS=1 printed no gc line ($gc)"
  case "$line" in *"; $gc") ;; *) fail "DOTNET_gcServer chose the wrong collector, expected $gc: $line" ;; esac
done
line=$(GENERATOR_GC_STATS=1 "$aot" render circular --format txt --out "$work/gc-default" 2>&1 >/dev/null | grep '^generator: gc: ')
case "$line" in *"; workstation") ;; *) fail "the default collector is not workstation: $line" ;; esac
echo "aot-smoke: workstation GC by default, server GC with DOTNET_gcServer=1"

# 4b. GENERATOR_TIMELINE=1 marks a run's phases on standard error, in order of time; nothing without it (issue 17)
GENERATOR_TIMELINE=1 "$aot" batch forwarding-notice --recipients builtin:code=011002,012025 --format docx,pdf --out "$work/timeline" \
  2> "$work/timeline.err" > /dev/null || fail "the batch with GENERATOR_TIMELINE=1 failed: $(cat "$work/timeline.err")"
# (the marks of the preparation on other threads, "template ready" and the like, may come after a 2-letter run ended)
for mark in main "notice read" "recipients read" "writers and checks ready" "output folder checked" \
    "first letter rendered" "first letter written" "last letter written" "output moved into place" end; do
  grep -q "^generator: timeline: [0-9.]* ms $mark\$" "$work/timeline.err" || fail "GENERATOR_TIMELINE=1 printed no '$mark': $(cat "$work/timeline.err")"
done
sed -n 's/^generator: timeline: \([0-9.]*\) ms .*/\1/p' "$work/timeline.err" | sort -c -g || fail "the timeline is not in order of time: $(cat "$work/timeline.err")"
"$aot" batch forwarding-notice --recipients builtin:code=011002 --format txt --out "$work/no-timeline" 2> "$work/no-timeline.err" > /dev/null
! grep -q 'timeline' "$work/no-timeline.err" || fail "timeline marks without GENERATOR_TIMELINE=1: $(cat "$work/no-timeline.err")"
echo "aot-smoke: GENERATOR_TIMELINE=1 marks the phases of a batch in order"
# a font is prepared for repeated subsetting (HarfBuzz, 15–20 ms) for a batch, never for one document (issue 17)
prepared='^generator: timeline: [0-9.]* ms a font prepared for repeated subsetting$'
GENERATOR_TIMELINE=1 "$aot" render forwarding-notice --recipient 011002 --format pdf --out "$work/render-timeline" \
  2> "$work/render-timeline.err" > /dev/null || fail "render with GENERATOR_TIMELINE=1 failed: $(cat "$work/render-timeline.err")"
! grep -q "$prepared" "$work/render-timeline.err" || fail "render of one document prepared a font for repeated subsetting: $(cat "$work/render-timeline.err")"
GENERATOR_TIMELINE=1 "$aot" batch forwarding-notice --recipients builtin:prefecture=鳥取県 --format pdf --out "$work/batch-timeline" \
  2> "$work/batch-timeline.err" > /dev/null || fail "the batch with GENERATOR_TIMELINE=1 failed: $(cat "$work/batch-timeline.err")"
[ "$(grep -c "$prepared" "$work/batch-timeline.err")" = 1 ] || fail "a batch of $(ls "$work/batch-timeline"/*.pdf | wc -l) letters did not prepare its font once: $(cat "$work/batch-timeline.err")"
echo "aot-smoke: a batch prepares its font for repeated subsetting, one document does not"

# 5. the studio: starts, creates a draft, previews it
port=$((20000 + RANDOM % 20000))
"$aot" studio --no-browser --port "$port" --workspace "$work/ws" --templates templates > "$work/studio.txt" 2>&1 &
studio_pid=$!
for _ in $(seq 100); do grep -q 'token=' "$work/studio.txt" 2>/dev/null && break; sleep 0.1; done
token=$(grep -o 'token=[0-9a-f]*' "$work/studio.txt" | cut -d= -f2) || fail "the studio did not start: $(cat "$work/studio.txt")"
python3 - "$port" "$token" <<'PY' || fail "the studio did not preview a draft"
import json, sys, urllib.request
port, token = sys.argv[1], sys.argv[2]
def call(method, path, body=None):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", method=method, data=None if body is None else json.dumps(body).encode(),
                                 headers={"X-Studio-Token": token, "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r: return json.loads(r.read())
draft = call("POST", "/api/drafts", {"template": "forwarding-notice"})["id"]
view = call("GET", f"/api/drafts/{draft}")
assert view["template"] == "forwarding-notice" and view["fields"], view
result = call("POST", f"/api/drafts/{draft}/preview", {"values": {"date": "2025-04-10"}, "recipient": "011002"})
errors = [p for p in result["problems"] if p["severity"] == "error"]
assert result["pdf"] and result["pages"] > 0 and not errors, (result["pages"], errors)
assert any(e["code"] == "011002" for e in call("GET", "/api/directory?q=%E6%9C%AD%E5%B9%8C")), "directory search"
PY
echo "aot-smoke: studio previews a draft"
echo "aot-smoke: passed"
