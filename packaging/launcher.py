"""Entry point of the PyInstaller bundle: the same ``main`` as the ``studyvisit`` command."""

from studyvisit.__main__ import main

if __name__ == "__main__":
    main()
