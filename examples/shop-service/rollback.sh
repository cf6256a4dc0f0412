#!/bin/sh
# Returns the example shop to an earlier tagged release: rollback.sh [--dry-run] VERSION.
# Allowed while deploys are frozen: rolling back is how an incident gets mitigated.
# The instance is $SHOP_HOME (or --home DIR). Arguments pass through untouched, as argv.
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
exec node "$here/shopctl.mjs" rollback "$@"
