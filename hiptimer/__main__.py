"""Run hiptimer with ``python -m hiptimer``."""

from hiptimer.app import main

raise SystemExit(main())
