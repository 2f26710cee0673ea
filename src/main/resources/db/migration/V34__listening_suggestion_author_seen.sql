-- listening: the day the author of a suggestion last looked at it on its own page, so that a change
-- to an action it led to shows as news for them. Only the day is kept, on the suggestion, which
-- stores no author when anonymous: nothing records who looked.
ALTER TABLE listening_suggestion ADD COLUMN author_seen_on DATE;
