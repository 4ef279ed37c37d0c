"""Routers of the HTTP API: checks, batch jobs, catalogue and health."""
