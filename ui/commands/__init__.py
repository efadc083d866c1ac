"""Undoable edits. Each QUndoCommand stores ids and before/after values (never Qt
objects); redo() and undo() each call one tracker service and announce the ChangeSet."""
