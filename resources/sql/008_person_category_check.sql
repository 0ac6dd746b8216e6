-- TRUC² schema, version 8 (SQLite): person's category is checked by comparisons, not a list.

-- SQLite (3.40) checks `category IN ('A', 'B', 'C')` against a small table that it clears and
-- fills again for every row written: about a third of SQLite's work for each agent an import
-- creates. The same rule written as comparisons costs next to nothing. SQLite cannot change
-- a CHECK in place, so person is built again under its name
-- (https://www.sqlite.org/lang_altertable.html#otheralter): Database::migrate runs this with
-- the foreign keys off, and checks every one of them before it commits.
CREATE TABLE person_v8 (
    id                      {{ID}},
    matricule               TEXT UNIQUE,
    last_name               TEXT NOT NULL CHECK (last_name <> ''),
    first_name              TEXT NOT NULL,
    email                   TEXT,
    service_id              INTEGER REFERENCES service (id),
    category                TEXT CHECK (category = 'A' OR category = 'B' OR category = 'C'),
    gender                  TEXT CHECK (gender IN ('F', 'M')),
    status                  TEXT,
    grade                   TEXT,
    active                  INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    external                INTEGER NOT NULL DEFAULT 0 CHECK (external IN (0, 1)),
    organisation            TEXT,
    facilitation_trained_on TEXT,
    row_version             INTEGER NOT NULL DEFAULT 1
);
INSERT INTO person_v8 (id, matricule, last_name, first_name, email, service_id, category, gender,
                       status, grade, active, external, organisation, facilitation_trained_on,
                       row_version)
SELECT id, matricule, last_name, first_name, email, service_id, category, gender, status, grade,
       active, external, organisation, facilitation_trained_on, row_version
FROM person;
DROP TABLE person;
ALTER TABLE person_v8 RENAME TO person;
CREATE INDEX person_name ON person (last_name, first_name);
CREATE INDEX person_service ON person (service_id);
