import sys

# A frozen bundle's safe-reader child: answer before Qt and the app are imported (the flag
# is tracker.excel.formats.CHILD_FLAG, spelt out to import nothing).
if sys.argv[1:2] == ["--_read-child"]:
    from tracker.excel._read_child import main as read_child

    sys.exit(read_child(sys.argv[1:]))

from ui.app import main

sys.exit(main())
