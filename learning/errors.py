"""The error every learning service raises for an action the rules do not allow."""


class LearningError(Exception):
    """A learner's action that the rules do not allow; the message says what to do."""
