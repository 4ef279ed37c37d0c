"""Profiles: procedures, payers, modifiers and issue codes as versioned data under data/."""
