"""``python -m icc_ref`` runs the command-line interface."""

import sys

from icc_ref.cli import main

sys.exit(main())
