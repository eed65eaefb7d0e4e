#!/usr/bin/env bash
# Installs what the browser tests need (IndexPageBrowserTest): Debian's headless-capable Chromium and
# its driver. Idempotent: installs only when /usr/bin/chromium or /usr/bin/chromedriver is missing.
# Runs as root on Debian 12 (called from .ci/run). The tests run /usr/bin/chromium --headless themselves
# and FAIL when CI=true and Chromium is absent.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "ci: installing chromium and chromium-driver"
  apt-get update
  apt-get install -y chromium chromium-driver
fi

/usr/bin/chromium --headless --no-sandbox --disable-gpu --version 2>/dev/null || /usr/bin/chromium --version
