"""The controllers: the app's and the run's, QObjects that hold no widget."""
