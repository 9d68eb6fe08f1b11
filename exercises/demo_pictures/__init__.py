"""The exercise pictures: a person drawn in code by the project (figure.py, scenes.py),
so they carry the project's licence and nothing is downloaded. The catalogue names
each with its alt texts; images.demo loads them into the image library."""
