#!/usr/bin/env bash
# Installs what warroom and its tests need on a Debian/Ubuntu host, then the npm dependencies
# (which builds the CLI bundle). Safe to run again.
#   Needs Node.js 20 or newer already installed (see README).
#   System packages: PostgreSQL, Redis, tmux, Nagios monitoring-plugins, git, and python3, make
#   and g++ for node-pty (a test dependency with no Linux prebuild: node-gyp compiles it).
#   Installing them needs root or sudo.
set -euo pipefail
cd "$(dirname "$0")/.."

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  found=$(node --version 2>/dev/null || echo "no node on PATH")
  echo "setup: warroom needs Node.js 20 or newer (found: $found); install it, then run scripts/setup.sh again" >&2
  exit 1
fi

packages=(postgresql redis-server monitoring-plugins tmux git procps iproute2 python3 make g++)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi
