#!/usr/bin/env bash
# Installs what warroom and its tests need on a Debian/Ubuntu host, then the npm dependencies
# (which builds the CLI bundle). Safe to run again.
#   System packages: PostgreSQL, Redis, tmux, Nagios monitoring-plugins, git (needs root or sudo).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(postgresql redis-server monitoring-plugins tmux git procps iproute2)
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
