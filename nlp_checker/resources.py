"""Where the bundled data (rule files, risk weights, JSON Schema) lives."""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from nlp_checker.errors import RulesError

_PACKAGE = "nlp_checker"


def data_dir(name: str) -> Traversable:
    """Return the bundled data folder ``name`` (``patterns``, ``models``, ``schema`` or ``data``).

    An installed wheel carries the folders under ``nlp_checker/_data/``; an editable install or a
    source checkout reads them from the repository root, where they are edited.
    """
    bundled = resources.files(_PACKAGE).joinpath("_data", name)
    if bundled.is_dir():
        return bundled
    # Editable installs do not apply hatch's force-include, so fall back to the checkout layout.
    checkout = Path(str(resources.files(_PACKAGE))).parent / name
    if checkout.is_dir():
        return checkout
    msg = f"bundled data folder {name!r} not found; reinstall nlp-checker"
    raise RulesError(msg)


def data_file(folder: str, filename: str) -> Traversable:
    """Return one bundled file, with a clear error when it is absent."""
    path = data_dir(folder).joinpath(filename)
    if not path.is_file():
        msg = f"bundled file {folder}/{filename} not found; reinstall nlp-checker"
        raise RulesError(msg)
    return path
