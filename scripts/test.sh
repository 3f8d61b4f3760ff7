#!/usr/bin/env bash
# README command 2: set-up, then the whole test suite (Release, JIT build), then the Native AOT build of the generator
# command, smoke-tested against the JIT build (scripts/aot-smoke.sh). Ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1
log=$(mktemp)
dotnet test Generator.sln -c Release -nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
# the shipped binary: a missing AOT toolchain fails the run, never skips
if bash scripts/aot-smoke.sh; then passed=$((passed + 1)); else failed=$((failed + 1)); status=1; fi
echo "${passed} passed, ${failed} failed"
if [ "$status" -ne 0 ] || [ "$passed" -eq 0 ]; then exit 1; fi
