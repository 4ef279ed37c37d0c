"""Ingestion: bytes of a file -> SourceDocument (text + page character ranges)."""
