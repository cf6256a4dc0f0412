#!/bin/sh
# Restarts the example shop on the release it runs now.
# The instance is $SHOP_HOME (or --home DIR). Arguments pass through untouched, as argv.
set -eu
here=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
exec node "$here/shopctl.mjs" restart "$@"
