#!/usr/bin/env bash
# Benchmark of the mail merge (issue 17). Builds Release, writes its own recipient files — the 1,788 bodies in service
# (builtin:all as a CSV file) and, for larger sizes, further copies of them without a code and with a numbered name
# (「北海道札幌市（2）」), which the batch accepts as distinct recipients — then runs
#   generator batch forwarding-notice --recipients <file> --format docx,pdf --out <tmp>
# with print.pdf and with --no-print, each under /usr/bin/time -v, and prints one table row per run: wall time, CPU
# (user + sys, then each: sys is mostly the kernel creating ~3,600 files, and depends on the file system's state — on
# this machine's ext4 it ranged 1.0–1.9 s for the same run), peak RSS, CPU per letter, PDF size per letter, documents
# per second, the size of print.pdf, the gen-0 collections and the time the collector paused the run
# (GENERATOR_GC_STATS=1: every worker waits while a gen-0 collection runs), the time to the first letter written and
# from the last letter to the end (GENERATOR_TIMELINE=1: what no worker shares; "-" for a build without the marks), and
# with several --parallel values the speed-up against the first.
#
# Usage: bash scripts/bench-batch.sh [--sizes 1788,17880,89400] [--parallel N] [--modes print,no-print]
#                                    [--dll path/to/generator.dll | --exe path/to/generator] [--tmp DIR] [extra batch options]
#   --sizes     recipients per run (default 1788; the ×10 and ×50 runs take minutes and GBs of disk:
#               bash scripts/bench-batch.sh --sizes 1788,17880,89400)
#   --parallel  passed to the batch (default: its own, the number of cores); a list (1,2,4,8,16) runs each mode at each
#               and prints the speed-up against the first, e.g. on a machine with many cores:
#                 bash scripts/bench-batch.sh --exe artifacts/aot/generator --tmp /dev/shm --parallel 1,2,4,8,16
#               (DOTNET_gcServer=1 before it tries the server garbage collector, which the AOT build links in)
#   --modes     which runs (default print,no-print)
#   --dll       run this build instead of building the working tree (e.g. a copy of main's build, to compare)
#   --exe       run this executable, e.g. the Native AOT build (bash scripts/publish-aot.sh → artifacts/aot/generator)
#   --tmp DIR   write the recipient files and outputs under DIR (default: the system's temporary folder), e.g. /dev/shm
#               to leave out the disk: there sys time is ~0.2 s, on the development machine's ext4 (no journal) 0.6–2.8 s
# The ratio to the docxtemplater + LibreOffice pipeline is printed only when both are installed (node can load
# docxtemplater and pizzip, soffice is on PATH); the script never installs them.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"

sizes="1788"
parallels=""
modes="print,no-print"
dll=""
exe=""
tmp=""
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --modes) modes="$2"; shift 2 ;;
    --dll) dll="$(realpath "$2")"; shift 2 ;;
    --exe) exe="$(realpath "$2")"; shift 2 ;;
    --parallel) parallels="$2"; shift 2 ;;
    --tmp) tmp="$(realpath "$2")"; shift 2 ;;
    -h|--help) sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
    *) extra+=("$1"); shift ;;
  esac
done

if [ ! -x /usr/bin/time ]; then
  echo "bench-batch: /usr/bin/time not found (apt-get install time)" >&2
  exit 1
fi
if [ -n "$exe" ]; then
  generator=("$exe")
  build="$exe"
else
  if [ -z "$dll" ]; then
    dotnet build src/Generator.Cli -c Release -nologo -v quiet >&2
    dll="$root/src/Generator.Cli/bin/Release/net10.0/generator.dll"
  fi
  generator=(dotnet "$dll")
  build="$(basename "$(dirname "$dll")")/$(basename "$dll")"
fi

work="$(mktemp -d ${tmp:+-p "$tmp"})"
trap 'rm -rf "$work"' EXIT

# recipients-N.csv: the directory's bodies in service as on the notice's date (changes after it undone, as builtin:all
# does), then copies without code, named 「<prefecture><name>（k）」 (「山形県朝日町（2）」: names repeat across prefectures)
notice_date="$(awk '/^date:/ { print $2; exit }' templates/forwarding-notice/notice.yaml)"
recipients_file() {
  local n="$1" file="$work/recipients-$1.csv"
  awk -F, -v n="$n" -v day="$notice_date" '
    FNR == 1 { next }
    FILENAME ~ /changes/ { if ($1 > day) { back[$6] = $2; oldname[$6] = $3; oldkana[$6] = $4; oldkind[$6] = $5 } next }
    $8 == "true" {
      m++; code[m] = $1; pref[m] = $3; name[m] = $4; kana[m] = $5; kind[m] = $6; head[m] = $7
      if ($1 in back) { code[m] = back[$1]; name[m] = oldname[$1]; kana[m] = oldkana[$1]; kind[m] = oldkind[$1]
        head[m] = oldkind[$1] == "town" ? "町長" : oldkind[$1] == "village" ? "村長" : "市長" }
    }
    END {
      print "code,prefecture,name,kana,kind,head_title"
      for (i = 0; i < n; i++) {
        j = i % m + 1; k = int(i / m) + 1
        if (k == 1) print code[j] "," pref[j] "," name[j] "," kana[j] "," kind[j] "," head[j]
        else print "," pref[j] "," (kind[j] == "prefecture" ? "" : pref[j]) name[j] "（" k "）," kana[j] "," kind[j] "," head[j]
      }
    }' src/Generator.Core/Resources/local-government-changes.csv src/Generator.Core/Resources/local-governments.csv > "$file"
  echo "$file"
}

# "Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.34" → seconds
wall_seconds() {
  awk -F': ' '/Elapsed \(wall clock\)/ { n = split($NF, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$1"
}
field() { awk -F': ' -v k="$2" 'index($0, k) { print $2 }' "$1"; }

run() {
  local label="$1" n="$2" file="$3" par="$4"; shift 4
  local out="$work/out-$label-$n" stats="$work/time-$label-$n.txt" log="$work/log-$label-$n.txt"
  if ! GENERATOR_GC_STATS=1 GENERATOR_TIMELINE=1 /usr/bin/time -v -o "$stats" "${generator[@]}" batch forwarding-notice --templates "$root/templates" --recipients "$file" \
      --format docx,pdf --out "$out" "$@" >"$log" 2>&1; then
    echo "bench-batch: the $label run of $n letters failed:" >&2
    tail -20 "$log" >&2
    tail -25 "$stats" >&2 || true
    rm -rf "$out"
    return 1
  fi
  local documents=$((2 * n)) written pdf_bytes
  written=$(find "$out" -maxdepth 1 -type f \( -name '*.docx' -o -name '*.pdf' \) ! -name print.pdf ! -name labels.pdf | wc -l)
  if [ "$written" -ne "$documents" ]; then
    echo "bench-batch: the $label run wrote $written documents, expected $documents" >&2
    exit 1
  fi
  pdf_bytes=$(find "$out" -maxdepth 1 -type f -name '*.pdf' ! -name print.pdf ! -name labels.pdf -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
  local print_size="-"
  [ -f "$out/print.pdf" ] && print_size="$(( $(stat -c %s "$out/print.pdf") / 1048576 )) MB"
  rm -rf "$out" # the big runs need the space for the next one
  # "generator: gc: 52 gen-0, 6 gen-1, 3 gen-2 collections; 55.4 ms paused; 789 MB allocated; workstation"
  local gc gc0 gcms
  gc="$(grep '^generator: gc: ' "$log" | tail -1)"
  gc0="$(sed -n 's/^generator: gc: \([0-9]*\) gen-0.*/\1/p' <<<"$gc")"
  gcms="$(sed -n 's/.*; \([0-9.]*\) ms paused.*/\1/p' <<<"$gc")"
  # "generator: timeline: 45.6 ms first letter written": what no worker shares, at the start and at the end of the run
  local first ending
  first="$(sed -n 's/^generator: timeline: \([0-9.]*\) ms first letter written$/\1/p' "$log" | head -1)"
  ending="$(awk '/^generator: timeline: .* ms last letter written$/ { last = $3 } /^generator: timeline: .* ms end$/ { end = $3 }
    END { if (last != "" && end != "") printf "%.1f", end - last }' "$log")"
  local wall base
  wall="$(wall_seconds "$stats")"
  base="${base_wall[$label-$n]:-$wall}"
  [ -n "${base_wall[$label-$n]:-}" ] || base_wall[$label-$n]="$wall"
  awk -v l="$label" -v n="$n" -v w="$wall" -v r="$(field "$stats" 'Maximum resident set size')" \
      -v u="$(field "$stats" 'User time (seconds)')" -v s="$(field "$stats" 'System time (seconds)')" -v b="$pdf_bytes" -v p="$print_size" \
      -v par="${par:-auto}" -v g0="${gc0:--}" -v gms="${gcms:--}" -v base="$base" -v fst="${first:--}" -v fin="${ending:--}" 'BEGIN {
    printf "%-9s %8d %5s %8.2f %10.1f %7.1f %6.1f %9.0f %12.2f %12.1f %12.1f %10s %6s %8s %8s %7s %8.1fx\n", l, n, par, w, u + s, u, s, r / 1024,
      (u + s) * 1000 / n, b / 1024 / n, 2 * n / w, p, g0, gms, fst, fin, (w > 0 ? base / w : 0) }'
  if [ -z "$first_wall" ]; then first_wall="$wall"; fi
}
declare -A base_wall=()

echo "batch forwarding-notice --format docx,pdf, $(nproc) cores${extra[*]:+, options: ${extra[*]}}${DOTNET_gcServer:+, DOTNET_gcServer=$DOTNET_gcServer}; $build"
first_wall=""
printf '%-9s %8s %5s %8s %10s %7s %6s %9s %12s %12s %12s %10s %6s %8s %8s %7s %9s\n' run letters par "wall s" "cpu s" "user" "sys" "RSS MB" \
  "cpu ms/lett" "pdf KB/lett" documents/s print.pdf "gen-0" "gc ms" "first ms" "end ms" speed-up
for n in ${sizes//,/ }; do
  file="$(recipients_file "$n")"
  for mode in ${modes//,/ }; do
    pars=(${parallels//,/ })
    [ ${#pars[@]} -gt 0 ] || pars=("")
    for par in "${pars[@]}"; do
      parallel=(${par:+--parallel "$par"})
      case "$mode" in
        print) run print "$n" "$file" "$par" ${parallel[@]+"${parallel[@]}"} ${extra[@]+"${extra[@]}"} || true ;;
        no-print) run no-print "$n" "$file" "$par" --no-print ${parallel[@]+"${parallel[@]}"} ${extra[@]+"${extra[@]}"} || true ;;
        *) echo "bench-batch: unknown mode '$mode' (print, no-print)" >&2; exit 2 ;;
      esac
    done
  done
done
[ "${sizes}" = "1788" ] && echo "(larger runs: bash scripts/bench-batch.sh --sizes 1788,17880,89400 — minutes each, several GB of disk)"

# the pipeline people use instead: docxtemplater for DOCX, LibreOffice for PDF — only when both are installed
if command -v soffice >/dev/null && node -e "require('docxtemplater'); require('pizzip')" >/dev/null 2>&1; then
  # docxtemplater fills one of our letters (as its template) once per recipient; LibreOffice converts each to PDF
  n="${sizes%%,*}" dt="$work/docxtemplater"
  mkdir -p "$dt/docx" "$dt/pdf"
  "${generator[@]}" render forwarding-notice --templates "$root/templates" --format docx --recipient 011002 --out "$dt" >/dev/null
  start=$(date +%s.%N)
  node -e '
    const fs = require("fs"), PizZip = require("pizzip"), Docxtemplater = require("docxtemplater");
    const [template, out, n] = process.argv.slice(1), content = fs.readFileSync(template);
    for (let i = 0; i < +n; i++) {
      const doc = new Docxtemplater(new PizZip(content), { paragraphLoop: true, linebreaks: true });
      doc.render({ name: "r" + i });
      fs.writeFileSync(out + "/r" + i + ".docx", doc.getZip().generate({ type: "nodebuffer", compression: "DEFLATE" }));
    }' "$(find "$dt" -maxdepth 1 -name '*.docx' | head -1)" "$dt/docx" "$n"
  soffice --headless --convert-to pdf --outdir "$dt/pdf" "$dt"/docx/*.docx >/dev/null 2>&1
  theirs=$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { print e - s }')
  awk -v t="$theirs" -v o="$first_wall" -v n="$n" 'BEGIN { printf "docxtemplater + LibreOffice, %d letters: %.1f s wall; Generator with print.pdf %.1f s: %.1fx faster\n", n, t, o, (o > 0 ? t / o : 0) }'
else
  echo "docxtemplater + LibreOffice: not installed (node modules docxtemplater, pizzip and soffice); no ratio"
fi
