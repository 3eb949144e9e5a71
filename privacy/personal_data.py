"""What the frameworks under the platform keep about a person, and privacy's own rows.

Content and its history (pages, revisions, log entries, uploads, translations) name
their authors; they stay, pointing to the anonymised account, and are not part of the
export, which is about the person rather than the work they did as staff.
"""

from lms.personal_data import BLANK, DELETE, KEEP, Rule

_AUTHORSHIP = "content and its history, authored as staff"

RULES = [
    Rule("privacy.DataExport", ("user",), DELETE, export=False, files=("file",)),
    Rule("privacy.RetentionNotice", ("user",), DELETE, export=False),
    Rule(
        "privacy.Consent",
        ("user",),
        KEEP,
        reason="proof of what the person agreed to; it names no one once anonymised",
    ),
    Rule("account.EmailAddress", ("user",), DELETE),
    Rule("wagtailcore.APIToken", ("user",), DELETE, exclude=("key_hash",)),
    Rule("mfa.Authenticator", ("user",), DELETE, export=False, reason="secrets"),
    Rule("wagtailusers.UserProfile", ("user",), DELETE, files=("avatar",)),
    Rule("wagtailcore.PageSubscription", ("user",), DELETE),
    Rule("wagtailadmin.EditingSession", ("user",), DELETE, export=False),
    Rule("wagtailadmin.FormState", ("user",), DELETE, export=False),
    Rule("wagtailcore.Comment", ("user",), BLANK, blank=("text",)),
    Rule("wagtailcore.Comment", ("resolved_by",), KEEP, export=False),
    Rule("wagtailcore.CommentReply", ("user",), BLANK, blank=("text",)),
    Rule("wagtailcore.Page", ("owner", "locked_by"), KEEP, export=False),
    Rule("wagtailcore.Revision", ("user",), KEEP, export=False, reason=_AUTHORSHIP),
    Rule("wagtailcore.PageLogEntry", ("user",), KEEP, export=False),
    Rule("wagtailcore.ModelLogEntry", ("user",), KEEP, export=False),
    Rule("admin.LogEntry", ("user",), KEEP, export=False),
    Rule("wagtailcore.WorkflowState", ("requested_by",), KEEP, export=False),
    Rule("wagtailcore.TaskState", ("finished_by",), KEEP, export=False),
    Rule("wagtailcore.UploadedFile", ("uploaded_by_user",), KEEP, export=False),
    Rule("wagtailimages.Image", ("uploaded_by_user",), KEEP, export=False),
    Rule("wagtaildocs.Document", ("uploaded_by_user",), KEEP, export=False),
    Rule(
        "wagtail_localize.StringTranslation",
        ("last_translated_by",),
        KEEP,
        export=False,
    ),
    Rule(
        "wagtail_localize.SegmentOverride",
        ("last_translated_by",),
        KEEP,
        export=False,
    ),
]
