-- TRUC² schema, version 8 (PostgreSQL): nothing to change.

-- The SQLite step rewrites person's `category IN ('A', 'B', 'C')` as comparisons, which SQLite
-- checks faster; PostgreSQL checks the list as fast, and the rule is the same.
