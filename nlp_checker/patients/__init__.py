"""Patient-level rules across notes: frequency, repeat relief, duplicates, same session."""
