"""Where private files (learners' work, certificates) are kept."""

from lms import storage


def private_storage():
    return storage.private
