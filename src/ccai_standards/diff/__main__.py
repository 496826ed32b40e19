"""`python -m ccai_standards.diff OLD NEW`: the same as `ccai diff OLD NEW`."""

import sys

from .cli import main

sys.exit(main())
