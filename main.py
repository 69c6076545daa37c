"""Start hiptimer from a source checkout: ``python main.py [SESSION] [options]``."""

from hiptimer.app import main

if __name__ == "__main__":
    raise SystemExit(main())
