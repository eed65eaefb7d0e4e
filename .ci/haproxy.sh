#!/usr/bin/env bash
# Installs HAProxy (Debian package) for the two-instance test (.ci/multi-instance.sh). Idempotent: installs only
# when /usr/sbin/haproxy is missing. Runs as root on Debian 12 (called from .ci/run). The package's own service is
# not used: the test starts its own haproxy process on loopback ports and stops it.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive

if [ ! -x /usr/sbin/haproxy ]; then
  echo "ci: installing haproxy"
  apt-get update
  apt-get install -y haproxy
fi

# sed reads to the end of the output: no SIGPIPE (exit 141) under pipefail, as `| head -n 1` gave once
/usr/sbin/haproxy -v | sed -n 1p
