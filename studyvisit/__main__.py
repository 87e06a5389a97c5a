"""Entry point: ``studyvisit`` and ``python -m studyvisit``.

Opening the window goes straight to studyvisit.gui_launch, which paints the
window before importing SQLAlchemy; everything else is the command line.
"""

import sys


def main() -> None:
    from studyvisit.gui_launch import plain_launch, run

    launch = plain_launch(sys.argv[1:])
    if launch is not None:
        sys.exit(run(launch))
    from studyvisit.cli import main as cli_main

    sys.exit(cli_main())


if __name__ == "__main__":
    main()
