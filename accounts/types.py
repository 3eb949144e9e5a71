"""The type of "whoever is asking": a signed-in person or an anonymous visitor."""

from typing import TypeAlias

from django.contrib.auth.models import AnonymousUser

from .models import User

Person: TypeAlias = User | AnonymousUser
