"""Qt charts of the application."""
