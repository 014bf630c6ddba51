"""``python -m icc_ref`` runs the command-line interface."""

from icc_ref.cli import run

run()
