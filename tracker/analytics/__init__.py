"""Analytics beyond the KPIs: segmentation, playbook experiments, retention and CLTV.

Each module is plain NumPy/SciPy over one query, so the CLI, the tests and the UI worker
call the same functions. Nothing here imports Qt.
"""

# Shared by the modules and the CLI, kept here so the CLI can build its parser without
# importing SciPy (every command would otherwise pay for it at start-up).
CLUSTER_METHODS = ("kmeans", "ward")
PROJECTION_GROUPINGS = ("all", "segment", "cohort")
