#!/bin/sh
# Deploys a tagged release of the example shop: deploy.sh [--dry-run] [--force] VERSION.
# Refused while deploys are frozen (the instance's deploy-freeze file exists) unless --force.
# The instance is $SHOP_HOME (or --home DIR). Arguments pass through untouched, as argv.
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
exec node "$here/shopctl.mjs" deploy "$@"
