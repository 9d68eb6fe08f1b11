"""WSGI entry point (gunicorn portal.wsgi).

It refuses to start in production (DEBUG off) without a secret key and
allowed hosts, so a misconfigured server never answers a request.
"""

import os

from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

from portal.settings import production_settings_problems

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")

if problems := production_settings_problems():
    raise ImproperlyConfigured(" ".join(problems))

application = get_wsgi_application()
