"""Patient-level rules across notes: frequency, repeat relief, duplicates and same-session procedures."""
