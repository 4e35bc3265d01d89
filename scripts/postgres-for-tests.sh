#!/usr/bin/env bash
# Starts this machine's PostgreSQL (installed, stopped by default) and gives the tests a role
# that may create their own throwaway databases. Safe to run again.
set -euo pipefail
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
  pg_ctlcluster "$version" main start
fi
for _ in $(seq 1 60); do
  su postgres -c "pg_isready -q" && break
  sleep 0.5
done
su postgres -c "psql -q -v ON_ERROR_STOP=1" <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'leadatlas_test') THEN
    CREATE ROLE leadatlas_test LOGIN PASSWORD 'leadatlas_test' CREATEDB;
  END IF;
END $$;
SQL
