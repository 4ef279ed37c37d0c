"""Bulk runs over folders and archives: streamed sources, a process pool, resumable JSONL output."""
