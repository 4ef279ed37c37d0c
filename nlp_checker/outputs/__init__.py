"""Outputs: the result contract and its JSON, JSONL and table renderings."""
