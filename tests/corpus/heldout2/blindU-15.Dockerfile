# corpus: modelled-on=air-gapped Python deployment guide (pip download --platform manylinux2014_x86_64 --only-binary into a wheelhouse) + vendored native lib copied from the repo
# corpus: expect=AL205@9,AL303@22
FROM python:3.12-slim AS wheels
WORKDIR /wheels
COPY requirements.lock .
# Pre-fetch binary wheels so the runtime stage installs offline
RUN pip download --no-cache-dir \
      --only-binary=:all: \
      --platform manylinux2014_x86_64 \
      --python-version 3.12 \
      -r requirements.lock -d /wheels

FROM python:3.12-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends libpq5 \
 && rm -rf /var/lib/apt/lists/*
COPY --from=wheels /wheels /tmp/wheels
RUN pip install --no-cache-dir --no-index --find-links=/tmp/wheels -r /tmp/wheels/requirements.lock \
 && rm -rf /tmp/wheels

# proprietary scanner SDK shipped by the vendor as a prebuilt .so
COPY vendor/scansdk/lib/x86_64/libscansdk.so /usr/local/lib/
RUN ldconfig

WORKDIR /app
COPY . .
USER 1000
CMD ["gunicorn", "-b", "0.0.0.0:8000", "-w", "4", "service.wsgi:app"]
