#!/bin/sh
# docker-compose.yml's postgres container runs this once, as the administrator, when it initialises its data
# directory (/docker-entrypoint-initdb.d). It gives the store a role of its own that owns the newspipe database,
# and so every table its migrations create, without any administrative right, and creates the read-only group
# role that the migrations grant SELECT to (README, "Two roles, two jobs"); likewise ingest's role, owner of the
# newspipe_ingest database that holds its id registry. The passwords come from the environment (.env, written by
# `./pipeline compose-env`), never from this repository.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
     -v owner_password="$NEWSPIPE_DB_PASSWORD" -v ingest_password="$NEWSPIPE_INGEST_DB_PASSWORD" <<'SQL'
create role newspipe login nosuperuser nocreatedb nocreaterole password :'owner_password';
create role newspipe_reader nologin;
create database newspipe owner newspipe;
create role newspipe_ingest login nosuperuser nocreatedb nocreaterole password :'ingest_password';
create database newspipe_ingest owner newspipe_ingest;
SQL
