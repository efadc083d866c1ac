"""Excel import and export: report workbooks, templates, playbooks, and safe reading of outside files.

Outside files are parsed in a child process (``reader``); everything else works on plain rows.
"""
