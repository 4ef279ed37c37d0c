"""Remittances (X12 835): read them into one typed row per claim line, with typed error rows."""
