# Sourced by the bench scripts: the embedded PostgreSQL wants a password (ADR 0022). After the app
# has started on a data folder, `use_db_credentials DIR` exports PGPASSWORD (the superuser's) for
# psql and the generators, which connect as postgres.
use_db_credentials() {
    local file="$1/db-credentials.properties"
    if [[ -f "$file" ]]; then
        PGPASSWORD="$(sed -n 's/^superuser=//p' "$file")"
        export PGPASSWORD
    fi
}
