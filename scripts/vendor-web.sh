#!/usr/bin/env bash
# Refreshes the JavaScript the studio vendors from npm (no node is needed to build or run Generator):
#   src/Generator.Studio/wwwroot/vendor/pdfjs/  pdf.js (pdfjs-dist): pdf.min.mjs, pdf.worker.min.mjs, LICENSE
# Only those two files are needed: Generator's PDFs embed their CID fonts, so cmaps/ and standard_fonts/ are not used.
# Usage: bash scripts/vendor-web.sh [pdfjs-version]   (needs npm and the npm registry)
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:-6.5.438}"
dest=src/Generator.Studio/wwwroot/vendor/pdfjs
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "pdfjs-dist@$version" >/dev/null && tar xzf "pdfjs-dist-$version.tgz")
mkdir -p "$dest"
cp "$work/package/build/pdf.min.mjs" "$work/package/build/pdf.worker.min.mjs" "$work/package/LICENSE" "$dest/"
cat > "$dest/VERSION" <<NOTE
pdfjs-dist $version (npm), build/pdf.min.mjs and build/pdf.worker.min.mjs; licence: LICENSE (Apache-2.0).
Refresh with scripts/vendor-web.sh.
NOTE
echo "vendor-web: pdfjs-dist $version → $dest"
