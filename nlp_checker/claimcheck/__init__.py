"""Claim-level checks: diagnosis, bundling, units, prior authorization, sedation (issue 10)."""
