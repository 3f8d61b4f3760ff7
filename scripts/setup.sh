#!/usr/bin/env bash
# Installs what Generator needs besides the .NET SDK: IPAex fonts (PDF) and IPAmj明朝, poppler-utils and qpdf (PDF checks),
# LibreOffice Writer (a second reader of the DOCX in tests), Chromium (the studio's browser tests), a C linker (clang) and
# zlib1g-dev for the Native AOT build of the generator command (scripts/publish-aot.sh).
# Idempotent: installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "setup: the .NET SDK (dotnet) is not on PATH; install .NET 10 SDK first." >&2
  exit 1
fi

missing=()
command -v pdftotext >/dev/null 2>&1 && command -v pdffonts >/dev/null 2>&1 && command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || missing+=(qpdf)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
[ -x /usr/bin/chromium ] || missing+=(chromium)
# Native AOT links with clang (or gcc) against zlib
command -v clang >/dev/null 2>&1 || command -v gcc >/dev/null 2>&1 || missing+=(clang)
[ -f /usr/include/zlib.h ] || missing+=(zlib1g-dev)
[ -f /usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf ] || missing+=(fonts-ipaexfont-mincho)
[ -f /usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf ] || missing+=(fonts-ipaexfont-gothic)
# IPAmj明朝 (文字情報基盤): the MJ characters of names (𠮷, 𩸽 …) that IPAex lacks; the writers' fallback to it is still to come (issue 14)
[ -f /usr/share/fonts/truetype/ipamj/ipamjm.ttf ] || missing+=(fonts-ipamj-mincho)

install_alias() {
  # Word documents name ＭＳ 明朝 / Century; tell fontconfig (LibreOffice) to use IPAex明朝 for them.
  local conf=scripts/fontconfig/65-generator-japanese-office-fonts.conf dest=/etc/fonts/conf.d/65-generator-japanese-office-fonts.conf
  if [ -f "$dest" ] && cmp -s "$conf" "$dest"; then return 0; fi
  if [ "$(id -u)" -eq 0 ]; then cp "$conf" "$dest" && fc-cache -f >/dev/null
  elif command -v sudo >/dev/null 2>&1; then sudo cp "$conf" "$dest" && sudo fc-cache -f >/dev/null
  else echo "setup: note: copy $conf to /etc/fonts/conf.d/ so LibreOffice shows ＭＳ 明朝 as IPAex明朝" >&2; fi
}

if [ ${#missing[@]} -eq 0 ]; then
  install_alias
  exit 0
fi

echo "setup: installing ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  apt=(apt-get)
elif command -v sudo >/dev/null 2>&1; then
  apt=(sudo apt-get)
else
  echo "setup: need root (or sudo) to run: apt-get install ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${apt[@]}" update -qq
"${apt[@]}" install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
install_alias
echo "setup: done"
