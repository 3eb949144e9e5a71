"""Local use: `make run`. Everything in base.py; debugging only when asked for."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DJANGO_DEBUG", default=False)
