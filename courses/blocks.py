"""The blocks of a lesson body: small StructBlocks first, the StreamBlock last."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=255)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Subheading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        description = _(
            "A heading that structures the lesson for readers and screen readers."
        )
        preview_value = {"text": "Kas yra socialinė klasterystė?", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    class Meta:
        icon = "pilcrow"
        template = "blocks/paragraph_block.html"
        label = _("Rich text")
        description = _("Paragraphs, lists and links.")
        preview_value = "<p>Socialinė klasterystė – tai viešojo, privataus ir pilietinio sektorių bendradarbiavimas.</p>"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=255,
        help_text=_("What the image shows, for people who cannot see it."),
    )

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")
        description = _("An image with its alternative text.")


class FigureBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(label=_("Alternative text"), max_length=255)
    caption = blocks.CharBlock(label=_("Caption"), max_length=500)
    credit = blocks.CharBlock(label=_("Credit"), max_length=255, required=False)

    class Meta:
        icon = "image"
        template = "blocks/figure_block.html"
        label = _("Captioned figure")
        description = _("An image, chart or diagram with a visible caption.")


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    file = DocumentChooserBlock(
        label=_("Video file"),
        required=False,
        help_text=_("An uploaded MP4 or WebM file."),
    )
    url = blocks.URLBlock(
        label=_("Link to the video"),
        required=False,
        help_text=_("Or a link to the video elsewhere."),
    )
    transcript = blocks.RichTextBlock(
        label=_("Transcript"), required=False, features=["bold", "italic", "ol", "ul"]
    )

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        label = _("Video")
        description = _(
            "An uploaded video played here, or a link to one; with a transcript."
        )

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("file")) == bool(value.get("url")):
            message = ValidationError(
                _("Choose a video file or give a link, not both.")
            )
            raise StructBlockValidationError(
                block_errors={"file": message, "url": message}
            )
        return value


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    description = blocks.CharBlock(
        label=_("Description"), max_length=255, required=False
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"
        label = _("Document download")
        description = _("A file learners download, such as a worksheet or template.")


class CalloutValue(blocks.StructValue):
    def kind_label(self) -> str:
        return str(dict(CALLOUT_KINDS).get(self.get("kind"), ""))


CALLOUT_KINDS = [
    ("case_study", _("Case study")),
    ("tip", _("Tip")),
    ("warning", _("Warning")),
]


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[
            ("case_study", _("Case study")),
            ("tip", _("Tip")),
            ("warning", _("Warning")),
        ],
        default="case_study",
    )
    title = blocks.CharBlock(label=_("Title"), max_length=255)
    text = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        template = "blocks/callout_block.html"
        value_class = CalloutValue
        label = _("Call-out")
        description = _("A case study, tip or warning set apart from the text.")
        preview_value = {
            "kind": "case_study",
            "title": "Biržų rajono pavyzdys",
            "text": "<p>Savivaldybė, visuomenės sveikatos biuras ir NVO kartu organizavo pagalbą senjorams.</p>",
        }


class OutcomeBlock(blocks.StructBlock):
    """One learning outcome. A struct, not a bare CharBlock, so that its input has a
    label of its own in the editor (a stream child's heading labels nothing)."""

    text = blocks.CharBlock(label=_("Outcome"), max_length=500)

    class Meta:
        icon = "tick"
        label = _("Outcome")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    attribution = blocks.CharBlock(
        label=_("Attribution"), max_length=255, required=False
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        description = _("A quotation with its source.")


class ReflectionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(label=_("Prompt"))

    class Meta:
        icon = "edit"
        template = "blocks/reflection_block.html"
        label = _("Reflection prompt")
        description = _("A question learners answer in a private note.")
        preview_value = {
            "prompt": "Kurios institucijos jūsų savivaldybėje jau bendradarbiauja?"
        }


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=500)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.TextBlock(
        label=_("Feedback"),
        required=False,
        help_text=_("Shown after the learner answers."),
    )

    class Meta:
        icon = "radio-full"
        label = _("Answer option")


class QuestionBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[
            ("single", _("Single choice")),
            ("multiple", _("Multiple choice")),
            ("true_false", _("True or false")),
        ],
        default="single",
    )
    text = blocks.TextBlock(label=_("Question"))
    options = blocks.ListBlock(OptionBlock(), label=_("Answer options"), min_num=2)

    class Meta:
        icon = "help"
        label = _("Question")

    def clean(self, value):
        value = super().clean(value)
        options = list(value.get("options") or [])
        correct = sum(1 for option in options if option.get("correct"))
        kind = value.get("kind")
        errors = {}
        if correct == 0:
            errors["options"] = ValidationError(
                _("Mark at least one answer as correct.")
            )
        elif kind in ("single", "true_false") and correct != 1:
            errors["options"] = ValidationError(
                _("This kind of question has exactly one correct answer.")
            )
        if kind == "true_false" and len(options) != 2:
            errors["options"] = ValidationError(
                _("A true-or-false question has exactly two answers.")
            )
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class QuizBlock(blocks.StructBlock):
    """Auto-scored questions. The correct answers and feedback never reach the page HTML."""

    title = blocks.CharBlock(label=_("Title"), max_length=255)
    pass_mark = blocks.IntegerBlock(
        label=_("Pass mark (%)"), min_value=0, max_value=100, default=70
    )
    max_attempts = blocks.IntegerBlock(
        label=_("Attempts allowed"),
        min_value=0,
        default=0,
        required=False,
        help_text=_("0 allows any number of attempts."),
    )
    show_answers = blocks.ChoiceBlock(
        label=_("Show the correct answers"),
        choices=[
            ("passed_or_used_up", _("Once passed or when the attempts are used up")),
            ("always", _("After every attempt")),
            ("passed", _("Once passed")),
            ("never", _("Never")),
        ],
        default="passed_or_used_up",
        help_text=_(
            "After a failed attempt with attempts left, the correct answers stay "
            "hidden unless you choose “After every attempt”."
        ),
    )
    shuffle = blocks.BooleanBlock(
        label=_("Shuffle the answer options"),
        required=False,
        default=False,
        help_text=_("Each attempt shows the options in an order of its own."),
    )
    questions = blocks.ListBlock(QuestionBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "tasks"
        template = "blocks/quiz_block.html"
        label = _("Quiz")
        description = _(
            "Questions scored automatically, with feedback for each answer."
        )


class LessonBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock(group=_("Text"))
    paragraph = ParagraphBlock(group=_("Text"))
    quote = QuoteBlock(group=_("Text"))
    callout = CalloutBlock(group=_("Text"))
    image = ImageBlock(group=_("Media"))
    figure = FigureBlock(group=_("Media"))
    video = VideoBlock(group=_("Media"))
    document = DocumentBlock(group=_("Media"))
    reflection = ReflectionBlock(group=_("Assessment"))
    quiz = QuizBlock(group=_("Assessment"))

    class Meta:
        block_counts = {"quiz": {"max_num": 1}}
