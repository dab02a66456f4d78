"""``python -m epkg.cli`` runs the ``epkg`` command."""
import sys

from epkg.cli.main import main

sys.exit(main())
