"""Everything that needs Qt: the window, the timer adapter and the dialogs."""
