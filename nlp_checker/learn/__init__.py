"""Learning from remittances: link 835 lines to checked notes, fit a practice's own weights."""
