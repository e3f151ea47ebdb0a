# corpus: modelled-on=ML inference service installing wheels from a prebuilt wheelhouse image via RUN --mount=from
# corpus: expect=AL209@11,AL205@16
# syntax=docker/dockerfile:1
FROM python:3.12-slim-bookworm

ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /srv
COPY requirements.txt requirements-extra.txt ./

# heavy deps (torch, onnxruntime) come from the wheelhouse built nightly by CI
RUN --mount=type=bind,from=ghcr.io/acme-ml/wheelhouse:2024.11-amd64,source=/wheels,target=/wheels \
    pip install --no-index --find-links=/wheels -r requirements.txt

# plugin deps are vendored into a separate target dir
ARG PIP_PLATFORM=manylinux_2_28_x86_64
RUN pip install --platform "${PIP_PLATFORM}" --only-binary=:all: \
      --target /opt/plugins -r requirements-extra.txt

COPY --from=ghcr.io/astral-sh/uv:0.5.4 /uv /uvx /usr/local/bin/
COPY src/ ./src/
ENV PYTHONPATH=/srv/src:/opt/plugins
USER 1000
EXPOSE 8000
CMD ["python", "-m", "uvicorn", "src.main:app", "--host", "0.0.0.0"]
