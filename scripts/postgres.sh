#!/usr/bin/env bash
# Makes sure a local PostgreSQL 15 runs and has the lyssna role and the databases we use.
# Safe to run again; installs PostgreSQL from Debian if it is missing. We run as root, and initdb refuses
# root, so the cluster is created and run as the postgres user.
set -euo pipefail

DATABASES=("$@")
[ ${#DATABASES[@]} -gt 0 ] || DATABASES=(lyssna lyssna_test)
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    echo "[postgres] installing PostgreSQL from Debian"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
    echo "[postgres] creating cluster $version/main"
    as_root pg_createcluster "$version" main >/dev/null
fi
if ! pg_lsclusters -h | grep "^$version *main" | grep -q online; then
    echo "[postgres] starting cluster $version/main"
    as_root pg_ctlcluster "$version" main start
fi

psql_admin() { as_root su postgres -c "psql -v ON_ERROR_STOP=1 -qtA $*"; }
for _ in $(seq 1 30); do psql_admin "-c 'select 1'" >/dev/null 2>&1 && break; sleep 1; done

# The demo password is for a database bound to localhost only; production reads its own from the environment.
if [ "$(psql_admin "-c \"select 1 from pg_roles where rolname='lyssna'\"")" != "1" ]; then
    psql_admin "-c \"create role lyssna login password 'lyssna'\""
fi
for db in "${DATABASES[@]}"; do
    if [ "$(psql_admin "-c \"select 1 from pg_database where datname='$db'\"")" != "1" ]; then
        psql_admin "-c \"create database $db owner lyssna\""
        echo "[postgres] created database $db"
    fi
done
# PostgreSQL's own log must never carry a child's words: by default an error logs its statement (with the values
# of literals) and a CONTEXT line that quotes the data (e.g. "JSON data, line 1: ...the free text..."). Terse errors
# keep the message and the SQLState only; statements are logged for no error. Only logging changes: a reload, no
# restart, nothing other users of the server would notice but shorter error entries. LogSafetyTest scans this log.
for setting in "log_error_verbosity=terse" "log_min_error_statement=panic"; do
    name=${setting%%=*} value=${setting#*=}
    if [ "$(psql_admin "-c \"select current_setting('$name')\"")" != "$value" ]; then
        psql_admin "-c \"alter system set $name = '$value'\"" >/dev/null
        psql_admin "-c 'select pg_reload_conf()'" >/dev/null
        echo "[postgres] set $name = $value"
    fi
done
echo "[postgres] ready on localhost:5432 (databases: ${DATABASES[*]})"
