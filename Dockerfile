# Two stages: `build` installs the platform's lock (requirements.txt, never the test
# tools) into a virtual environment, compiles the translations and collects static
# files; the final image copies those and runs as an unprivileged user.

FROM python:3.11-slim-bookworm AS base
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    PATH=/opt/venv/bin:$PATH
# Set for build and run alike: the default lives under LMS_VAR_DIR, which moves to
# /data/var at run time and would lose the files collected below.
ENV STATIC_ROOT=/app/staticfiles
# Pango, HarfBuzz and a font for WeasyPrint's certificates.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        libpango-1.0-0 \
        libpangoft2-1.0-0 \
        libharfbuzz-subset0 \
        fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app


FROM base AS build
RUN python -m venv /opt/venv
COPY requirements.txt .
RUN pip install --require-hashes -r requirements.txt
COPY . .
# Base settings need no environment, so the build needs no secrets or services.
# compiletranslations writes the .mo files with polib (no gettext tools needed).
RUN DJANGO_SETTINGS_MODULE=lms.settings.dev LMS_VAR_DIR=/tmp/var \
        python manage.py compiletranslations \
    && DJANGO_SETTINGS_MODULE=lms.settings.dev LMS_VAR_DIR=/tmp/var \
        python manage.py collectstatic --noinput --verbosity 0 \
    && rm -rf /tmp/var


FROM base AS runtime
# Empty named volumes take the owner of the directory they are mounted on.
RUN useradd --create-home --uid 1000 --shell /usr/sbin/nologin lms \
    && mkdir -p /data/media /data/private /data/var \
    && chown -R lms:lms /data
COPY --from=build /opt/venv /opt/venv
COPY --from=build /app /app
ENV DJANGO_SETTINGS_MODULE=lms.settings.production \
    LMS_VAR_DIR=/data/var
USER lms
EXPOSE 8000
CMD ["gunicorn", "lms.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", \
     "--limit-request-line", "4094", "--limit-request-fields", "100", \
     "--limit-request-field_size", "8190"]
