-- TRUC² schema, version 3: the programme calendar.

-- How many times a session's time, place or status changed after it was created: the
-- SEQUENCE of its iCalendar event, which tells calendar clients that an update replaces what
-- they imported before.
ALTER TABLE session ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0;

-- Conflicts are looked up by person across sessions, and by room.
CREATE INDEX session_location ON session (location);
