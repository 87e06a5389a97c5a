"""Entry point of the PyInstaller bundle: the same ``main`` as the ``studyvisit`` command."""

import sys

from studyvisit.cli import main

if __name__ == "__main__":
    sys.exit(main())
