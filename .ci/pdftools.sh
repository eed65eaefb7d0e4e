#!/usr/bin/env bash
# Poppler's command-line tools for the PDF report tests (ReportPdfSigningTest, SignedReportHttpTest): pdfsig verifies
# the report's PAdES signature, pdffonts lists its fonts (every one must be embedded). Debian package poppler-utils.
# Idempotent: installs only when /usr/bin/pdfsig or /usr/bin/pdffonts is missing. Runs as root on Debian 12 (called
# from .ci/run). The tests run the tools themselves and FAIL when CI=true and a tool is absent.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive

if [ ! -x /usr/bin/pdfsig ] || [ ! -x /usr/bin/pdffonts ]; then
  echo "ci: installing poppler-utils"
  SUDO=""
  if [ "$(id -u)" != "0" ]; then
    SUDO="sudo"
  fi
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q --no-install-recommends poppler-utils
fi

test -x /usr/bin/pdfsig
test -x /usr/bin/pdffonts
# sed reads to the end of the output: no SIGPIPE (exit 141) under pipefail, as `| head -n 1` could give
echo "ci: $(/usr/bin/pdfsig -v 2>&1 | sed -n 1p)"
