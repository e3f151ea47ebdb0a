# corpus: modelled-on=Python ML inference service vendoring wheels for offline install (pip download --platform) under a neutral dir
# corpus: expect=AL205@8,AL202@11,AL403@19
FROM python:3.11-slim-bookworm AS wheels
WORKDIR /wheels
COPY requirements.txt .
RUN pip download --no-cache-dir --dest /wheels \
      --only-binary=:all: --python-version 3.11 \
      --platform manylinux2014_x86_64 \
      -r requirements.txt

FROM --platform=$TARGETPLATFORM python:3.11-slim-bookworm
RUN apt-get update \
 && apt-get install -y --no-install-recommends libgomp1 libopenblas0 \
 && rm -rf /var/lib/apt/lists/*
COPY --from=wheels /wheels /tmp/wheels
RUN pip install --no-cache-dir --no-index --find-links=/tmp/wheels -r /tmp/wheels/requirements.txt \
 && rm -rf /tmp/wheels
# numpy/scipy pick up the system BLAS from here
ENV LD_LIBRARY_PATH=/usr/lib/x86_64-linux-gnu/openblas-pthread
WORKDIR /srv
COPY app/ ./app/
EXPOSE 8000
CMD ["uvicorn", "app.main:app", "--host", "0.0.0.0", "--port", "8000"]
