"""The demo exercises and programme templates, as data (loaded by exercises/demo.py)."""
