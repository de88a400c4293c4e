"""`python -m ingest`: ingest files into the index."""

import sys

from .cli import main

sys.exit(main())
