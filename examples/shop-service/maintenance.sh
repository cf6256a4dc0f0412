#!/bin/sh
# Switches the example shop's maintenance page: maintenance.sh [--dry-run] on|off.
# The instance is $SHOP_HOME (or --home DIR). Arguments pass through untouched, as argv.
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
exec node "$here/shopctl.mjs" maintenance "$@"
