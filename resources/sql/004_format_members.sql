-- TRUC² schema, version 4: the members of closed-group formats (the managers' community).
-- Only members register for the sessions of such a format. A membership is not history:
-- it goes with the format or the person.

CREATE TABLE format_member (
    format_id INTEGER NOT NULL REFERENCES format (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    PRIMARY KEY (format_id, person_id)
);
CREATE INDEX format_member_person ON format_member (person_id);
