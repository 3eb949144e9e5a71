"""Services for competency frameworks: publish, retire, and make a new version."""

import uuid

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .exchange.build import (
    check_structure,
    create_framework,
    framework_data,
    renew_identities,
)
from .exchange.errors import FrameworkImportError
from .models import CompetencyFramework, FrameworkStatus
from .selectors import invalidate_catalogue_filters


class FrameworkStateError(Exception):
    pass


@transaction.atomic
def publish_framework(*, framework: CompetencyFramework) -> CompetencyFramework:
    """Publish a draft in every language it has. Its structure is fixed from then on."""
    if framework.status != FrameworkStatus.DRAFT:
        raise FrameworkStateError(_("Only a draft can be published."))
    problems = check_structure(framework_data(framework))
    if problems:
        raise FrameworkImportError(problems)
    now = timezone.now()
    framework.get_translations(inclusive=True).update(
        status=FrameworkStatus.PUBLISHED, published_at=now, updated_at=now
    )
    transaction.on_commit(invalidate_catalogue_filters)
    framework.refresh_from_db()
    return framework


@transaction.atomic
def retire_framework(*, framework: CompetencyFramework) -> CompetencyFramework:
    """Retire a published version: kept for the records that refer to it, not for new use."""
    if framework.status != FrameworkStatus.PUBLISHED:
        raise FrameworkStateError(_("Only a published framework can be retired."))
    framework.get_translations(inclusive=True).update(
        status=FrameworkStatus.RETIRED, updated_at=timezone.now()
    )
    transaction.on_commit(invalidate_catalogue_filters)
    framework.refresh_from_db()
    return framework


@transaction.atomic
def copy_framework_as_new_version(
    *, framework: CompetencyFramework, version: str
) -> CompetencyFramework:
    """A draft copy of a framework (in every language it has) under a new version number.

    With new identities (translation keys, CASE identifiers: build.renew_identities)
    and everything a CASE import kept of the original, so the two versions' packages
    hold the same items and associations.
    """
    source_language = framework.locale.language_code
    translations = sorted(
        framework.get_translations(inclusive=True).select_related("locale"),
        key=lambda f: f.locale.language_code != source_language,
    )
    new_keys: dict[uuid.UUID, uuid.UUID] = {}

    def rekey(key: uuid.UUID | None) -> uuid.UUID:
        if key is None:
            return uuid.uuid4()
        return new_keys.setdefault(key, uuid.uuid4())

    copy = None
    for translation in translations:
        data = framework_data(translation)
        data.version, data.status = version, FrameworkStatus.DRAFT
        renew_identities(data, rekey)
        created = create_framework(data)
        copy = copy or created
    if copy is None:
        raise ValueError("A framework has at least one language version.")
    return copy
