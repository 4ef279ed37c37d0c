"""The claim options shared by ``nlp-checker check`` and ``nlp-checker batch``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from nlp_checker.claims.model import DEFAULT_CODE, Claim, read_claim_file
from nlp_checker.errors import UsageError

F = TypeVar("F", bound=Callable[..., Any])

CLAIM_FLAGS = (
    "code", "modifiers", "units", "icd10", "payer", "state", "dos", "pos", "prior_auth",
)  # fmt: skip

_FLAG_NAMES = {"modifiers": "--modifier"}

_OPTIONS = (
    click.option(
        "--claim", "claim_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help="The claim as JSON (schema/claim.schema.json); instead of the flags below.",
    ),
    click.option("--code", default=None, help="Billed CPT code [default: 62323]."),
    click.option("--modifier", "modifiers", multiple=True, help="Billed modifier (repeatable)."),
    click.option("--units", type=click.IntRange(1, 999), default=None, help="Units of --code."),
    click.option("--icd10", multiple=True, help="ICD-10-CM diagnosis on the claim (repeatable)."),
    click.option(
        "--payer", default=None,
        help="Payer profile id, e.g. medicare, medicare:JF, cigna-evicore [default: medicare].",
    ),
    click.option("--state", default=None, help="The patient's state (e.g. TX)."),
    click.option("--dos", default=None, help="Date of service on the claim (YYYY-MM-DD)."),
    click.option("--pos", default=None, help="Place of service code (e.g. 11)."),
    click.option("--prior-auth", default=None, help="Prior-authorization number (or UTN)."),
    click.option(
        "--profiles", "profiles_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
        default=None, help="A data folder of procedure and payer profiles [default: bundled].",
    ),
    click.option(
        "--rules", "rules_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
        default=None, help="A patterns folder of rule files [default: bundled].",
    ),
    click.option(
        "--weights", "weights_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
        default=None, help="A risk weights file, e.g. a practice's own from 'nlp-checker learn' "
        "[default: models/risk_weights.json]; audit.weights_version names it.",
    ),
)  # fmt: skip


def claim_options(function: F) -> F:
    """Add the claim, profile, rule and weight options to a click command."""
    for option in reversed(_OPTIONS):
        function = option(function)
    return function


def claim_from_options(claim_file: Path | None, **flags: Any) -> Claim:
    """Return the claim the options describe: the ``--claim`` file or the flags.

    Raises
    ------
    UsageError
        When both are given, or a value is not valid.
    """
    given = [name for name in CLAIM_FLAGS if flags.get(name) not in (None, (), [])]
    if claim_file is not None:
        if given:
            names = ", ".join(_FLAG_NAMES.get(n, "--" + n.replace("_", "-")) for n in given)
            msg = f"--claim gives the whole claim; leave out {names}"
            raise UsageError(msg)
        try:
            text = claim_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            msg = f"{claim_file}: cannot read the claim file ({exc})"
            raise UsageError(msg) from exc
        return read_claim_file(str(claim_file), text)
    fields = {
        "units": flags.get("units"),
        "icd10": list(flags.get("icd10") or ()),
        "payer": flags.get("payer"),
        "state": flags.get("state"),
        "date_of_service": flags.get("dos"),
        "place_of_service": flags.get("pos"),
        "prior_auth": flags.get("prior_auth"),
    }
    return Claim.billed(flags.get("code") or DEFAULT_CODE, flags.get("modifiers") or (), **fields)
