"""Entry point: ``studyvisit`` and ``python -m studyvisit``.

Opening the window goes straight to studyvisit.gui_launch, which paints the
window before importing SQLAlchemy; everything else is the command line.
"""

import gc
import sys


def main() -> None:
    from studyvisit.gui_launch import plain_launch, run

    launch = plain_launch(sys.argv[1:])
    if launch is not None:
        sys.exit(run(launch))
    # Importing SQLAlchemy, the models and the services makes hundreds of thousands of
    # lasting objects; the cyclic collector's passes over them find nothing to free and cost
    # some 0.1 s of a short command. Paused while importing, then those objects are frozen
    # out of later collections.
    gc.disable()
    try:
        from studyvisit.cli import main as cli_main
    finally:
        gc.freeze()
        gc.enable()

    sys.exit(cli_main())


if __name__ == "__main__":
    main()
