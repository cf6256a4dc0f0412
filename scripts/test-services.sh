#!/usr/bin/env bash
# Starts the servers the integration tests talk to, on loopback only, and prints their addresses.
#   PostgreSQL (Debian cluster) on 127.0.0.1:5432 with role/database "warroom" (password "warroom")
#   Redis on 127.0.0.1:6379
# Idempotent: servers already running are left as they are.
set -euo pipefail

if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
  if [ -z "$cluster" ]; then
    version=$(ls /usr/lib/postgresql | sort -n | tail -1)
    pg_createcluster "$version" main >/dev/null
    cluster="$version main"
  fi
  # shellcheck disable=SC2086
  pg_ctlcluster $cluster start
  for _ in $(seq 1 50); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 0.2; done
fi
runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 <<'SQL' >/dev/null
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'warroom') THEN
    CREATE ROLE warroom LOGIN PASSWORD 'warroom';
  END IF;
END $$;
SELECT 'CREATE DATABASE warroom OWNER warroom' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'warroom')\gexec
SQL

if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  redis-server --bind 127.0.0.1 --port 6379 --daemonize yes --save '' --appendonly no \
    --logfile /tmp/warroom-test-redis.log >/dev/null
  for _ in $(seq 1 50); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 0.1; done
fi

echo "postgresql://warroom:warroom@127.0.0.1:5432/warroom"
echo "redis://127.0.0.1:6379"
