FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1
# Set for build and run alike: the default lives under LMS_VAR_DIR, which moves to
# /data/var at run time and would lose the files collected below.
ENV STATIC_ROOT=/app/staticfiles

# gettext for compilemessages; Pango, HarfBuzz and a font for WeasyPrint.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        gettext \
        libpango-1.0-0 \
        libpangoft2-1.0-0 \
        libharfbuzz-subset0 \
        fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*

# Empty named volumes take the owner of the directory they are mounted on.
RUN useradd --create-home --uid 1000 --shell /usr/sbin/nologin lms \
    && mkdir -p /data/media /data/private /data/var \
    && chown -R lms:lms /data

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

COPY . .
# Base settings need no environment, so the build needs no secrets or services.
# compilemessages fails when no locale directory exists yet.
RUN mkdir -p locale \
    && DJANGO_SETTINGS_MODULE=lms.settings.dev python manage.py compilemessages \
    && DJANGO_SETTINGS_MODULE=lms.settings.dev python manage.py collectstatic --noinput

ENV DJANGO_SETTINGS_MODULE=lms.settings.production
USER lms
EXPOSE 8000
CMD ["gunicorn", "lms.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", \
     "--limit-request-line", "4094", "--limit-request-fields", "100", \
     "--limit-request-field_size", "8190"]
