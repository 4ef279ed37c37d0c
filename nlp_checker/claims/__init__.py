"""Claims: the billed claim a note is checked against (lines, diagnoses, payer, state, dates)."""
