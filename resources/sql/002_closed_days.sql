-- TRUC² schema, version 2: the days the school declares closed (bank holidays, the summer
-- closure, a strike day). The programme refuses to plan a session on one of them.

CREATE TABLE closed_day (
    day   TEXT PRIMARY KEY,
    label TEXT NOT NULL DEFAULT ''
);
