"""The bundle's entry point: one program, two executables.

PyInstaller builds `paddock` (the window) and `paddock-cli` from this one script and one
analysis; the executable's own name says which to run. The very first thing is
`support_frozen_children()`: the engine worker and the other children are this same
executable started again by multiprocessing, and must become the child right away.
"""

from __future__ import annotations

import sys
from pathlib import Path

from app.jobs.child_process import support_frozen_children

CLI_NAME = "paddock-cli"


def main() -> int:
    support_frozen_children()
    if Path(sys.executable).stem.lower() == CLI_NAME:
        from app.cli.main import main as cli_main

        return cli_main(sys.argv[1:])
    from ui.main import main as gui_main

    return gui_main()


if __name__ == "__main__":
    sys.exit(main())
