#!/usr/bin/env bash
# Benchmark of the mail merge: builds Release, then runs
#   generator batch forwarding-notice --recipients builtin:all --format docx,pdf --out <tmp>
# once with the print bundle (print.pdf) and once with --no-print, each under /usr/bin/time -v, and prints
# wall time, documents per second (1,788 recipients × 2 formats = 3,576 documents) and peak RSS in MB.
# Usage: bash scripts/bench-batch.sh [extra batch options, e.g. --parallel 4]
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/time ]; then
  echo "bench-batch: /usr/bin/time not found (apt-get install time)" >&2
  exit 1
fi

dotnet build src/Generator.Cli -c Release -nologo -v quiet >&2
dll="src/Generator.Cli/bin/Release/net10.0/generator.dll"
documents=3576

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.34" → seconds
wall_seconds() {
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($NF, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$1"
}

run() {
  local label="$1"; shift
  local out="$work/out-$label" stats="$work/time-$label.txt" log="$work/log-$label.txt"
  if ! /usr/bin/time -v -o "$stats" dotnet "$dll" batch forwarding-notice --recipients builtin:all --format docx,pdf \
      --out "$out" "$@" >"$log" 2>&1; then
    echo "bench-batch: the $label run failed:" >&2
    tail -20 "$log" >&2
    exit 1
  fi
  local written
  written=$(find "$out" -maxdepth 1 -type f \( -name '*.docx' -o -name '*.pdf' \) ! -name print.pdf ! -name labels.pdf | wc -l)
  if [ "$written" -ne "$documents" ]; then
    echo "bench-batch: the $label run wrote $written documents, expected $documents" >&2
    exit 1
  fi
  local wall rss_kb user sys
  wall=$(wall_seconds "$stats")
  rss_kb=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$stats")
  user=$(awk -F': ' '/User time \(seconds\)/ { print $2 }' "$stats")
  sys=$(awk -F': ' '/System time \(seconds\)/ { print $2 }' "$stats")
  local print_size="-"
  [ -f "$out/print.pdf" ] && print_size="$(( $(stat -c %s "$out/print.pdf") / 1048576 )) MB"
  awk -v l="$label" -v w="$wall" -v d="$documents" -v r="$rss_kb" -v u="$user" -v s="$sys" -v p="$print_size" 'BEGIN {
    printf "%-9s wall %7.1f s   %6.1f documents/s   peak RSS %6.0f MB   cpu user %.1f s sys %.1f s   print.pdf %s\n",
      l, w, d / w, r / 1024, u, s, p }'
}

echo "batch forwarding-notice, builtin:all (1,788 recipients, $documents documents), $(nproc) cores${*:+, options: $*}"
run print "$@"
run no-print --no-print "$@"
