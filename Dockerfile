# The production image: gunicorn serving the site, WhiteNoise the static files.
FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
RUN python -m venv /venv
COPY requirements.txt /tmp/requirements.txt
RUN /venv/bin/pip install -r /tmp/requirements.txt

FROM python:3.11-slim
ENV PATH="/venv/bin:$PATH" PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 DEBUG=false
RUN useradd --create-home --uid 1000 site
COPY --from=build /venv /venv
WORKDIR /app
# The code belongs to root: a compromised app process cannot rewrite it.
# Only media, var (the file cache) and locale (Rosetta's catalogues, a
# volume in docker-compose.yml) are the app user's.
COPY . .
# Build-time steps need production settings but no real secret or database:
# a throwaway key, long enough for the settings' checks, used for nothing.
RUN build_key=$(python -c "import secrets; print(secrets.token_urlsafe(50))") \
    && SECRET_KEY=$build_key ALLOWED_HOSTS=build.invalid \
    python manage.py compile_translations \
    && SECRET_KEY=$build_key ALLOWED_HOSTS=build.invalid \
    python manage.py collectstatic --noinput \
    && mkdir -p /app/media /app/private /app/var \
    && chown -R site:site /app/media /app/private /app/var /app/locale
USER site
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s \
  CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"
ENTRYPOINT ["deploy/entrypoint.sh"]
CMD ["gunicorn", "--config", "deploy/gunicorn.conf.py", "iro_site.wsgi"]
