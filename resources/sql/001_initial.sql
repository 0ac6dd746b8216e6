-- TRUC² schema, version 1.
-- Portable SQL (SQLite 3.35+ and PostgreSQL 13+). Placeholders in double braces are filled
-- by the SQL dialect (models/storage/SqlDialect): {{ID}} an auto-numbered primary key,
-- {{REAL}} a double-precision number. Dates and times are ISO 8601 text in the school's
-- local time ("2021-03-12T09:00:00"), which sorts and compares the same on every backend.
-- Booleans are integers 0/1. Every row a user edits carries row_version for optimistic locking.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT
);

CREATE TABLE headcount (
    year             INTEGER PRIMARY KEY,
    permanent_agents INTEGER NOT NULL CHECK (permanent_agents >= 0)
);

CREATE TABLE direction (
    id          {{ID}},
    name        TEXT NOT NULL UNIQUE,
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    row_version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE service (
    id           {{ID}},
    direction_id INTEGER NOT NULL REFERENCES direction (id),
    name         TEXT NOT NULL,
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    row_version  INTEGER NOT NULL DEFAULT 1,
    UNIQUE (direction_id, name)
);

CREATE TABLE person (
    id                      {{ID}},
    matricule               TEXT UNIQUE,
    last_name               TEXT NOT NULL CHECK (last_name <> ''),
    first_name              TEXT NOT NULL,
    email                   TEXT,
    service_id              INTEGER REFERENCES service (id),
    category                TEXT CHECK (category IN ('A', 'B', 'C')),
    gender                  TEXT CHECK (gender IN ('F', 'M')),
    status                  TEXT,
    grade                   TEXT,
    active                  INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    external                INTEGER NOT NULL DEFAULT 0 CHECK (external IN (0, 1)),
    organisation            TEXT,
    facilitation_trained_on TEXT,
    row_version             INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX person_name ON person (last_name, first_name);
CREATE INDEX person_service ON person (service_id);

CREATE TABLE format (
    id                {{ID}},
    code              TEXT NOT NULL UNIQUE CHECK (code <> ''),
    name              TEXT NOT NULL UNIQUE CHECK (name <> ''),
    noun_singular     TEXT NOT NULL DEFAULT '',
    noun_plural       TEXT NOT NULL DEFAULT '',
    colour            TEXT NOT NULL DEFAULT '#4f7cac',
    registration_mode TEXT NOT NULL DEFAULT 'capacity'
                      CHECK (registration_mode IN ('capacity', 'open', 'closed', 'cycle')),
    position          INTEGER NOT NULL DEFAULT 0,
    active            INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    row_version       INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE action (
    id               {{ID}},
    format_id        INTEGER NOT NULL REFERENCES format (id),
    title            TEXT NOT NULL CHECK (title <> ''),
    summary          TEXT NOT NULL DEFAULT '',
    objectives       TEXT NOT NULL DEFAULT '',
    audience         TEXT NOT NULL DEFAULT '',
    prerequisites    TEXT NOT NULL DEFAULT '',
    duration_minutes INTEGER CHECK (duration_minutes > 0),
    default_capacity INTEGER CHECK (default_capacity > 0),
    tags             TEXT NOT NULL DEFAULT '',
    active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    row_version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX action_format ON action (format_id);

CREATE TABLE series (
    id    {{ID}},
    label TEXT NOT NULL DEFAULT '',
    rule  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE session (
    id                  {{ID}},
    code                TEXT NOT NULL UNIQUE,
    action_id           INTEGER NOT NULL REFERENCES action (id),
    starts_at           TEXT NOT NULL,
    ends_at             TEXT NOT NULL,
    location            TEXT NOT NULL DEFAULT '',
    capacity            INTEGER CHECK (capacity > 0),
    status              TEXT NOT NULL DEFAULT 'planned'
                        CHECK (status IN ('planned', 'confirmed', 'held', 'cancelled')),
    cancel_reason       TEXT NOT NULL DEFAULT '',
    series_id           INTEGER REFERENCES series (id),
    notes               TEXT NOT NULL DEFAULT '',
    anonymous_headcount INTEGER NOT NULL DEFAULT 0 CHECK (anonymous_headcount >= 0),
    row_version         INTEGER NOT NULL DEFAULT 1,
    CHECK (ends_at > starts_at)
);
CREATE INDEX session_starts ON session (starts_at);
CREATE INDEX session_action ON session (action_id);

CREATE TABLE session_animator (
    session_id INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES person (id),
    role       TEXT NOT NULL DEFAULT 'animator'
               CHECK (role IN ('animator', 'co_animator', 'speaker')),
    PRIMARY KEY (session_id, person_id)
);
CREATE INDEX session_animator_person ON session_animator (person_id);

CREATE TABLE registration (
    id               {{ID}},
    session_id       INTEGER NOT NULL REFERENCES session (id) ON DELETE CASCADE,
    person_id        INTEGER NOT NULL REFERENCES person (id),
    status           TEXT NOT NULL DEFAULT 'registered'
                     CHECK (status IN ('registered', 'waitlisted', 'cancelled', 'walk_in')),
    waiting_position INTEGER,
    attendance       TEXT NOT NULL DEFAULT 'unknown'
                     CHECK (attendance IN ('unknown', 'present', 'absent', 'excused')),
    registered_at    TEXT,
    row_version      INTEGER NOT NULL DEFAULT 1,
    UNIQUE (session_id, person_id)
);
CREATE INDEX registration_person ON registration (person_id);

-- Attendance per half-day for sessions that span several; registration.attendance holds the
-- summary (present when present at least one half-day).
CREATE TABLE attendance_halfday (
    registration_id INTEGER NOT NULL REFERENCES registration (id) ON DELETE CASCADE,
    day             TEXT NOT NULL,
    half            INTEGER NOT NULL CHECK (half IN (0, 1)),
    attendance      TEXT NOT NULL CHECK (attendance IN ('unknown', 'present', 'absent', 'excused')),
    PRIMARY KEY (registration_id, day, half)
);

CREATE TABLE survey_import (
    id              {{ID}},
    file_name       TEXT NOT NULL,
    content_hash    TEXT NOT NULL,
    tool            TEXT NOT NULL DEFAULT '',
    mapping         TEXT NOT NULL DEFAULT '',
    imported_at     TEXT NOT NULL,
    rows_read       INTEGER NOT NULL DEFAULT 0,
    responses_added INTEGER NOT NULL DEFAULT 0,
    rows_skipped    INTEGER NOT NULL DEFAULT 0
);

-- Responses are anonymous: never linked to a person.
CREATE TABLE survey_response (
    id               {{ID}},
    import_id        INTEGER REFERENCES survey_import (id) ON DELETE CASCADE,
    external_id      TEXT,
    session_id       INTEGER REFERENCES session (id),
    format_id        INTEGER REFERENCES format (id),
    submitted_at     TEXT,
    satisfaction_raw TEXT,
    satisfaction     {{REAL}} CHECK (satisfaction >= 0 AND satisfaction <= 1),
    useful_skills    INTEGER CHECK (useful_skills IN (0, 1)),
    would_recommend  INTEGER CHECK (would_recommend IN (0, 1)),
    comment          TEXT NOT NULL DEFAULT '',
    raw_answers      TEXT NOT NULL DEFAULT '',
    CHECK (session_id IS NOT NULL OR format_id IS NOT NULL)
);
CREATE INDEX survey_response_session ON survey_response (session_id);
CREATE INDEX survey_response_format ON survey_response (format_id);
