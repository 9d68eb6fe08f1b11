"""The demo pictures: drawn in code by the project (knee.py), so they carry the
project's licence and nothing is downloaded. Loaded into the image library by
``images.demo``; the catalogue (catalogue.py) names each with its alt texts."""
