#!/usr/bin/env bash
# Builds self-contained packages of the generator command (with the studio) for Windows and Linux:
#   artifacts/generator-win-x64/    generator.exe, templates/, studio.cmd (double-click: starts the studio), README.txt
#   artifacts/generator-linux-x64/  generator, templates/, studio.sh, README.txt
# and a ZIP of each. The studio's page and pdf.js are inside the executable; no .NET, node or browser download needed
# on the user's PC (PDF output needs IPAex明朝 installed, or --font).
# Linux: a Native AOT binary (starts in ~0.1 s; needs clang or gcc and zlib1g-dev to build: scripts/setup.sh). Windows:
# Native AOT does not cross-compile to another OS, so from Linux a ReadyToRun single file (precompiled, ~0.35 s to
# start); package.sh run on Windows (Git Bash) makes it Native AOT too. Every other runtime id: ReadyToRun.
# Usage: bash scripts/package.sh [rid ...]   (default: win-x64 linux-x64)
set -euo pipefail
cd "$(dirname "$0")/.."
rids=("$@")
[ ${#rids[@]} -gt 0 ] || rids=(win-x64 linux-x64)
version="$(git describe --always --dirty 2>/dev/null || echo dev)"
# the runtime id of this machine: Native AOT builds for it only
native_rid() {
  case "$(uname -s)/$(uname -m)" in
    Linux/x86_64) echo linux-x64 ;; Linux/aarch64) echo linux-arm64 ;;
    MINGW*/x86_64 | MSYS*/x86_64 | CYGWIN*/x86_64) echo win-x64 ;; *) echo none ;;
  esac
}
for rid in "${rids[@]}"; do
  out="artifacts/generator-$rid"
  rm -rf "$out" "$out.zip"
  if [[ "$rid" == "$(native_rid)" ]]; then
    dotnet publish src/Generator.Cli -c Release -r "$rid" -nologo -v quiet -p:PublishAot=true -p:DebugType=none -o "$out"
  else
    dotnet publish src/Generator.Cli -c Release -r "$rid" --self-contained -nologo -v quiet -p:PublishAot=false \
      -p:PublishReadyToRun=true -p:PublishSingleFile=true -p:IncludeNativeLibrariesForSelfExtract=true -p:DebugType=none -o "$out"
  fi
  rm -f "$out"/*.pdb "$out"/*.xml "$out"/*.dbg
  cp -r templates "$out/templates"
  if [[ "$rid" == win-* ]]; then
    printf '@echo off\r\nrem Starts the Generator studio in your browser. Close this window to stop it.\r\ncd /d "%%~dp0"\r\ngenerator.exe studio %%*\r\npause\r\n' > "$out/studio.cmd"
    exe=generator.exe
  else
    printf '#!/bin/sh\n# Starts the Generator studio in your browser; Ctrl+C stops it.\ncd "$(dirname "$0")" && exec ./generator studio "$@"\n' > "$out/studio.sh"
    chmod +x "$out/studio.sh" "$out/generator"
    exe=generator
  fi
  cat > "$out/README.txt" <<NOTE
Generator $version ($rid)

Start the drafting studio: $( [[ "$rid" == win-* ]] && echo 'double-click studio.cmd' || echo 'run ./studio.sh' ).
The browser opens at http://127.0.0.1:<port>/?token=...; drafts are kept in generator-workspace\\ beside this folder's
studio launcher (or use: $exe studio --workspace <folder>). Close the window (Ctrl+C) to stop the studio.

Command line: $exe templates | render | check | batch | studio  (add --help to any of them).
PDF output needs the IPAex明朝 font (ipaexm.ttf) installed, or --font <file.ttf>.
NOTE
  (cd artifacts && rm -f "generator-$rid.zip" && python3 -c "import shutil,sys; shutil.make_archive(sys.argv[1], 'zip', '.', sys.argv[1])" "generator-$rid")
  echo "package: $out ($(du -sh "$out" | cut -f1)), $out.zip"
done
