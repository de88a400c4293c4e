"""`python -m app`: the dispute-qa command line."""

import sys

from .cli import main

sys.exit(main())
