"""Qt dialogs of the application."""
