#!/usr/bin/env bash
# Renders the pictures of docs/style.md (docs/style/*.png): the circular in a style per option, page 1 (or a part of it)
# as grey PNG at 50 dpi, 16 grey levels (scripts/png-grey4.py). Usage: scripts/make-style-pictures.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build "$root/src/Generator.Cli" -c Release -nologo -v quiet >&2
gen() { (cd "$root" && dotnet src/Generator.Cli/bin/Release/net10.0/generator.dll "$@" >/dev/null); }
cp "$root/styles/seal.png" "$work/seal.png"
# the sample notice with the seal affixed and a number and date (the sample leaves them empty)
sed 's/^senders:/seal: affixed\nsenders:/; s/^number: ~/number: 医政総発0531第１号/; s/^date: ~/date: 2018-05-31/' \
  "$root/templates/circular/notice.yaml" > "$work/sealed.yaml"

# picture NAME STYLE-YAML [pdftoppm crop options…]: page 1 of the sealed circular in that style
picture() {
  local name="$1" yaml="$2"; shift 2
  printf '%s\n' "$yaml" > "$work/$name.yaml"
  gen render circular --data "$work/sealed.yaml" --style "$work/$name.yaml" --format pdf --out "$work/$name"
  pdftoppm -r 50 -gray -f 1 -l 1 -singlefile "$@" -png "$work/$name/circular.pdf" "$root/docs/style/$name"
  "$root/scripts/png-grey4.py" "$root/docs/style/$name.png"
}
picture default "page_number: \"1\""
picture office-36 "$(cat "$root/styles/office-36.yaml")"
picture paper-b5 "paper: B5
grid: { characters: 32, lines: 30 }"
picture margins "margins: { top: 20, bottom: 20, left: 15, right: 15 }"
picture grid "grid: { characters: 30, lines: 25 }
font: { size: 12 }"
picture title "title: { size: 11, bold: true }
margins: { left: 25, right: 25 }" -y 150 -W 414 -H 90
picture alignment "alignment: { number: left, date: left }" -W 414 -H 110
picture page-number-dashed "page_number: \"- 1 -\"" -y 520 -W 414 -H 65
picture page-number-of-total "page_number: \"1/3\"" -y 520 -W 414 -H 65
picture letterhead "letterhead: { lines: [北海道保健福祉部地域医療推進局, 札幌市中央区北3条西6丁目], image: seal.png, image_height: 8, top: 6 }
margins: { top: 40 }" -W 414 -H 110
picture seal "seal: { image: seal.png, size: 15 }" -r 100 -x 380 -y 170 -W 450 -H 200
echo "pictures written to $root/docs/style/"
