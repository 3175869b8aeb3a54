#!/bin/bash
# The floor of `demo` and `import` in scripts/bench.sh: the rows of a finished database written again by SQLite
# alone. The sqlite3 shell copies every table of SOURCE into an empty DEST with the same tables, in one
# transaction, with the connection settings of the app (WAL, synchronous FULL, 64 MB cache, 1 GB mmap), the search
# index filled and the secondary indexes made after the rows, as DossierImport does. What demo and import take
# beyond this is generating, or reading and checking, the dossiers.
#
#   tests/bench/write-floor.sh SOURCE DEST
set -euo pipefail
src="$1" dst="$2"
rm -f "$dst" "$dst-wal" "$dst-shm"
q() { sqlite3 -batch -noheader "$src" "$1"; }
# The search index's own tables come with CREATE VIRTUAL TABLE.
tables="type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE 'inwoner_zoek_%'"
{
    echo "PRAGMA journal_mode = WAL;"
    echo "PRAGMA synchronous = FULL;"
    echo "PRAGMA cache_size = -65536;"
    echo "PRAGMA mmap_size = 1073741824;"
    q "SELECT sql || ';' FROM sqlite_master m WHERE $tables"
    echo "ATTACH '$src' AS src;"
    echo "BEGIN;"
    # Generated columns (inwoner.zoektekst) are computed, not copied.
    q "WITH kolommen AS (SELECT m.name AS t, (SELECT group_concat(c.name, ', ') FROM pragma_table_xinfo(m.name) c
                                              WHERE c.hidden = 0) AS lijst
                         FROM sqlite_master m WHERE $tables AND m.name <> 'inwoner_zoek')
       SELECT 'INSERT INTO main.' || t || ' (' || lijst || ') SELECT ' || lijst || ' FROM src.' || t || ';'
       FROM kolommen"
    echo "INSERT INTO inwoner_zoek (rowid, zoektekst) SELECT id, zoektekst FROM inwoner;"
    q "SELECT sql || ';' FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    echo "COMMIT;"
} | sqlite3 -batch "$dst" >/dev/null
