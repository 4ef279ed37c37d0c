"""A self-contained HTML report over a batch's JSONL results."""
