#!/usr/bin/env bash
# README command 1: set-up, build, then the main job — real documents into output/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
dotnet build Generator.sln -c Release -nologo -v quiet
gen=(dotnet src/Generator.Cli/bin/Release/net10.0/generator.dll)

"${gen[@]}" templates
"${gen[@]}" render circular --data templates/circular/notice.yaml --format txt,docx,markup --out output/circular
echo "generate: documents are in output/"
