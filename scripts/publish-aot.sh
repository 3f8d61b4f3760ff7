#!/usr/bin/env bash
# Builds the fast generator command: a Native AOT binary (issue 17: one document in ~0.1 s instead of ~1.2 s of JIT
# start-up), into artifacts/aot/generator; scripts/generator runs it when it is there and up to date.
# Needs a C toolchain to link (clang or gcc) and zlib1g-dev: scripts/setup.sh installs them. Takes several minutes.
# Usage: bash scripts/publish-aot.sh [OUT]   (default artifacts/aot)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-artifacts/aot}"
case "$(uname -s)/$(uname -m)" in
  Linux/x86_64) rid=linux-x64 ;;
  Linux/aarch64) rid=linux-arm64 ;;
  *) echo "publish-aot: Native AOT is set up for Linux here (this is $(uname -s)/$(uname -m)); scripts/package.sh builds the Windows package" >&2; exit 1 ;;
esac
if ! command -v clang >/dev/null 2>&1 && ! command -v gcc >/dev/null 2>&1; then
  echo "publish-aot: no C linker (clang or gcc) for Native AOT — run: bash scripts/setup.sh (or apt-get install clang zlib1g-dev)" >&2
  exit 1
fi
if [ ! -f /usr/include/zlib.h ]; then
  echo "publish-aot: zlib1g-dev is missing for Native AOT — run: bash scripts/setup.sh (or apt-get install zlib1g-dev)" >&2
  exit 1
fi
dotnet publish src/Generator.Cli -c Release -r "$rid" -nologo -v quiet -o "$out" >&2
rm -f "$out"/*.dbg "$out"/*.pdb "$out"/*.xml
echo "$out/generator"
