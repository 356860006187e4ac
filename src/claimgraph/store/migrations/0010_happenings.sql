-- Happenings: what happened, when, inside an event (docs/linking.md, "Happenings"). An event is
-- one story; each of its claims is placed on the happening it is about: the event's main
-- happening, or an earlier one a report recaps ("the defection last August" in a report of the
-- pilot's killing). Claims are related only within one happening.
CREATE TABLE link_happenings (
    id         INTEGER PRIMARY KEY,
    event_id   INTEGER NOT NULL REFERENCES link_events(id) ON DELETE CASCADE,
    main       INTEGER NOT NULL DEFAULT 0,   -- 1: the event's own happening (claims with no earlier date)
    first_day  TEXT,                         -- ISO dates of the span the happening's claims give
    last_day   TEXT,
    label      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX link_happenings_event ON link_happenings(event_id, main);

ALTER TABLE link_event_claims ADD COLUMN happening_id INTEGER REFERENCES link_happenings(id);
CREATE INDEX link_event_claims_happening ON link_event_claims(happening_id);
