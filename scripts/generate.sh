#!/usr/bin/env bash
# README command 1: set-up, build, then the main job — real documents into output/:
#   output/circular/            the 2018 circular (txt, docx, pdf)
#   output/samples/<template>/  each template for 札幌市 (txt, docx, pdf)
#   output/forwarding-notice/   the forwarding notice for all 1,788 bodies (docx, pdf, print.pdf, manifests)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
dotnet build src/Generator.Cli -c Release -nologo -v quiet
gen=(dotnet src/Generator.Cli/bin/Release/net10.0/generator.dll)

"${gen[@]}" templates
"${gen[@]}" render circular --data templates/circular/notice.yaml --format txt,docx,pdf --out output/circular
for template in forwarding-notice council-referral council-agenda; do
  "${gen[@]}" render "$template" --recipient 011002 --format txt,docx,pdf --out "output/samples/$template"
done
"${gen[@]}" batch forwarding-notice --recipients builtin:all --format docx,pdf --out output/forwarding-notice
echo "generate: documents are in output/"
