"""What the safe reader reads and the flag that starts it, importable for nothing.

The reader child (:mod:`tracker.excel._read_child`) runs as a lone script with no package
path, so it keeps its own copy of these two; a test holds the copies equal. Everything else
(the app's start, drag and drop, "Open with", the CLI, the reader's parent) takes them from
here, so the app's first paint does not import the child's module and pickle behind it.
"""

CHILD_FLAG = "--_read-child"
SUPPORTED = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")  # calamine's formats
