"""Write docs/sources.md from patterns/sources.json (run after editing the sources file)."""

from pathlib import Path

from nlp_checker.outputs.words import sources_markdown

if __name__ == "__main__":
    target = Path(__file__).resolve().parents[1] / "docs" / "sources.md"
    target.write_text(sources_markdown(), encoding="utf-8")
    print(f"wrote {target}")
