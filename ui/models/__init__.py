"""Qt models of the application."""
