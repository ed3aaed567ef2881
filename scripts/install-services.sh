#!/usr/bin/env bash
# Installs the Debian packages the tests drive for real: Chromium (the HTML docs are tested in a
# real browser), redis-server (the BullMQ delivery queue), tmux, curl, openssl, nginx and the JSON Schema
# Test Suite (draft-07 and 2020-12). Skips what is already there, so a second run costs nothing; needs root (CI and the development machines run as root).
set -euo pipefail
wanted=()
command -v chromium >/dev/null 2>&1 || wanted+=(chromium)
command -v redis-server >/dev/null 2>&1 || wanted+=(redis-server)
# tmux runs `hookwright listen` in a real terminal; curl and openssl run the README signing recipe.
command -v tmux >/dev/null 2>&1 || wanted+=(tmux)
command -v curl >/dev/null 2>&1 || wanted+=(curl)
command -v openssl >/dev/null 2>&1 || wanted+=(openssl)
# nginx: a server other than Node's that the sender's own HTTP/1.1 client is tested against.
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || wanted+=(nginx-light)
# The official JSON Schema Test Suite, run through the emitted validators.
[ -d /usr/share/json-schema-test-suite/tests ] || wanted+=(json-schema-test-suite)
# Debian's package above stops at draft-07; this Perl module ships the suite's draft2020-12 files.
[ -d /usr/share/perl5/auto/share/dist/Test-JSON-Schema-Acceptance/tests/draft2020-12 ] ||
  wanted+=(libtest-json-schema-acceptance-perl)
if [ "${#wanted[@]}" -eq 0 ]; then exit 0; fi
echo "==> installing ${wanted[*]} (apt)" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${wanted[@]}" fonts-dejavu-core >/dev/null
# The Debian package starts a system-wide Redis on 6379; the tests start their own on a free port.
if [[ " ${wanted[*]} " == *" redis-server "* ]]; then
  (service redis-server stop || systemctl stop redis-server || true) >/dev/null 2>&1
fi
# Likewise nginx on port 80: the tests start their own on a free loopback port.
if [[ " ${wanted[*]} " == *" nginx-light "* ]]; then
  (service nginx stop || systemctl stop nginx || true) >/dev/null 2>&1
fi
