#!/usr/bin/env bash
# Renders every template (txt, docx, pdf, markup) and a one-prefecture batch into OUT, then writes OUT/SHA256SUMS.
# Run it before and after a change and compare: diff BEFORE/SHA256SUMS AFTER/SHA256SUMS (empty diff = same bytes).
# Usage: scripts/compare-outputs.sh OUT [BEFORE]   (with BEFORE, also compares against BEFORE/SHA256SUMS and exits 1 on a difference)
# GENERATOR=<executable> runs that build of the command (e.g. the Native AOT binary of scripts/publish-aot.sh) instead
# of building and running the JIT build: GENERATOR=artifacts/aot/generator scripts/compare-outputs.sh AOT JIT
set -euo pipefail
if [ $# -lt 1 ]; then echo "usage: $0 OUT [BEFORE]" >&2; exit 2; fi
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$1"
before="${2:-}"
# only ever replace a folder this script wrote (it has SHA256SUMS) or an empty one
if [ -d "$out" ] && [ -n "$(ls -A "$out")" ] && [ ! -f "$out/SHA256SUMS" ]; then
  echo "$out: not empty and not written by $0 — give a new or empty folder" >&2; exit 2
fi
if [ -n "${GENERATOR:-}" ]; then
  generator="$(cd "$(dirname "$GENERATOR")" && pwd)/$(basename "$GENERATOR")"
  [ -x "$generator" ] || { echo "GENERATOR=$GENERATOR: not an executable file" >&2; exit 2; }
  run() { (cd "$root" && "$generator" "$@"); }
else
  dotnet build "$root/src/Generator.Cli" -c Release -nologo -v quiet >&2
  dll="$root/src/Generator.Cli/bin/Release/net10.0/generator.dll"
  run() { (cd "$root" && dotnet "$dll" "$@"); }
fi
rm -rf "$out"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
run render circular --format txt,docx,pdf,markup --out "$out/circular" >/dev/null
for t in forwarding-notice council-referral council-agenda; do
  run render "$t" --format txt,docx,pdf,markup --recipient 011002 --out "$out/$t" >/dev/null
done
run batch forwarding-notice --recipients 'builtin:prefecture=青森県' --format txt,docx,pdf --out "$out/batch" >/dev/null
(cd "$out" && find . -type f ! -name SHA256SUMS -print0 | LC_ALL=C sort -z | xargs -0 sha256sum) > "$out/SHA256SUMS.tmp"
mv "$out/SHA256SUMS.tmp" "$out/SHA256SUMS"
echo "$(wc -l < "$out/SHA256SUMS") files hashed into $out/SHA256SUMS"
if [ -n "$before" ]; then
  if diff "$before/SHA256SUMS" "$out/SHA256SUMS"; then echo "identical to $before"; else echo "DIFFERENT from $before" >&2; exit 1; fi
fi
