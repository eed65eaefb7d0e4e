#!/usr/bin/env bash
# CJK TrueType font for PDF valuation reports (org.dataprice.api.valuation.ReportPdfRenderer).
# Installs Debian's fonts-droid-fallback (DroidSansFallbackFull.ttf, a plain TrueType file that PDFBox can
# embed; the .ttc collections of fonts-wqy-* and the CFF-based fonts-noto-cjk are not used by default).
# Idempotent: does nothing when the font is already present. Without it, PDFs are still produced, but
# Chinese glyphs are missing from them (see docs/appraisal.md, "HTTP API").
set -euo pipefail
FONT=/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf
if [ -f "$FONT" ]; then
  echo "fonts: $FONT present"
  exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends fonts-droid-fallback
test -f "$FONT"
echo "fonts: installed $FONT"
