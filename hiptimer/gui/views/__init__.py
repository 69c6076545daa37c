"""The views: the start, run and finish screens and the editor, widgets only."""
