#!/bin/sh
# Checks that the Debian packages nodus builds against are installed. As root, installs
# the missing ones with apt-get; otherwise prints the exact command to run and fails.
set -e
PACKAGES="build-essential pkg-config python3 libjavascriptcoregtk-4.1-dev libuv1-dev libssl-dev libicu-dev zlib1g-dev libbrotli-dev"
missing=""
for p in $PACKAGES; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "nodus: missing build dependencies. Run:" >&2
  echo "  sudo apt-get install -y$missing" >&2
  exit 1
fi
echo "nodus: installing build dependencies:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq $missing
