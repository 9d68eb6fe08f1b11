"""Reads: the exercises and programme templates pages, PDFs, programmes and the API show."""
