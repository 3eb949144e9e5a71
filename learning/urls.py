from django.urls import path

from . import views

app_name = "learning"

urlpatterns = [
    path("my-learning/", views.my_learning, name="my_learning"),
    path("my-learning/statements.json", views.my_statements, name="my_statements"),
    path("learning/programmes/<id:programme_id>/enrol/", views.enrol, name="enrol"),
    path(
        "learning/enrolments/<id:enrolment_id>/self-assessment/<slug:stage>/",
        views.rate_myself,
        name="rate_myself",
    ),
    path(
        "learning/enrolments/<id:enrolment_id>/withdraw/",
        views.withdraw,
        name="withdraw",
    ),
    path(
        "learning/lessons/<id:lesson_id>/complete/",
        views.complete_lesson,
        name="complete_lesson",
    ),
    path(
        "learning/lessons/<id:lesson_id>/reflections/<str:block_id>/",
        views.save_reflection,
        name="save_reflection",
    ),
    path(
        "learning/modules/<id:module_id>/enrol/",
        views.enrol_module,
        name="enrol_module",
    ),
    path(
        "learning/modules/<id:module_id>/questions/",
        views.ask_question,
        name="ask_question",
    ),
    path(
        "learning/modules/<id:module_id>/assignment/",
        views.submit_assignment,
        name="submit_assignment",
    ),
    path(
        "learning/submissions/<id:submission_id>/file/",
        views.submission_file,
        name="submission_file",
    ),
    path(
        "learning/certificates/<str:code>/pdf/",
        views.certificate_pdf,
        name="certificate_pdf",
    ),
    path(
        "certificates/<str:code>/", views.verify_certificate, name="verify_certificate"
    ),
    path(
        "learning/questions/<id:question_id>/reply/",
        views.follow_up,
        name="follow_up",
    ),
    path(
        "learning/quizzes/<id:page_id>/<str:block_id>/attempt/",
        views.attempt_quiz,
        name="attempt_quiz",
    ),
    path(
        "learning/quiz-attempts/<id:attempt_id>/",
        views.quiz_result,
        name="quiz_result",
    ),
]
