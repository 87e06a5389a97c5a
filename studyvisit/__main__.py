"""Entry point: ``studyvisit`` and ``python -m studyvisit``."""

import sys

from studyvisit.cli import main as _cli_main


def main() -> None:
    sys.exit(_cli_main())


if __name__ == "__main__":
    main()
