-- TRUC² schema, version 5: survey imports that recognise what they already hold, and the
-- mappings of survey files saved as templates.

-- A response's key: the same answer, read again from the same file or from a later export of
-- the same survey, has the same key (the tool, the file's set of headers, the session and the
-- tool's response id; or, for tools without an id, a hash of the answers). NULL for responses
-- that came in another way (the demo).
ALTER TABLE survey_response ADD COLUMN response_key TEXT;
CREATE UNIQUE INDEX survey_response_key ON survey_response (response_key);
CREATE INDEX survey_response_import ON survey_response (import_id);
CREATE INDEX survey_import_hash ON survey_import (content_hash);

-- A mapping saved under a name, offered again when a file with the same set of headers comes.
CREATE TABLE survey_template (
    id               {{ID}},
    name             TEXT NOT NULL UNIQUE,
    header_signature TEXT NOT NULL,
    tool             TEXT NOT NULL DEFAULT '',
    mapping          TEXT NOT NULL,
    saved_at         TEXT NOT NULL
);
CREATE INDEX survey_template_signature ON survey_template (header_signature);
