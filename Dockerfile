# syntax=docker/dockerfile:1
# archlint: platforms=linux/amd64,linux/arm64,linux/arm/v7,linux/ppc64le,linux/s390x
#
# archlint's own image, for every platform above in one build:
#   docker buildx build --platform linux/amd64,linux/arm64,linux/arm/v7,linux/ppc64le,linux/s390x \
#     -t archlint:dev .
#   docker run --rm -v "$PWD:/work" archlint:dev check Dockerfile
#
# archlint is pure Python, so its wheel is built once, natively, on the build machine
# (--platform=$BUILDPLATFORM) and copied into every platform's image. Only pip runs for the
# target platform: it takes binary wheels from PyPI, and where PyPI has none for that
# architecture (tree-sitter on arm/v7, ppc64le and s390x) it compiles them in a throw-away
# stage, so the final image carries no compiler.

ARG PYTHON_IMAGE=python:3.13-slim-trixie

FROM --platform=$BUILDPLATFORM ${PYTHON_IMAGE} AS wheel
WORKDIR /src
RUN python -m pip install --no-cache-dir "build>=1.2"
COPY pyproject.toml README.md ./
COPY archlint/ archlint/
COPY rules/ rules/
RUN python -m build --wheel --outdir /dist

FROM ${PYTHON_IMAGE} AS wheelhouse
COPY --from=wheel /dist/ /dist/
# The compiler comes from the base image's own Debian release; it never reaches the image.
# hadolint ignore=DL3008
RUN python -m pip wheel --no-cache-dir --wheel-dir /wheels --only-binary=:all: /dist/*.whl \
    || { apt-get update \
         && apt-get install -y --no-install-recommends gcc libc6-dev \
         && python -m pip wheel --no-cache-dir --wheel-dir /wheels /dist/*.whl; }

FROM ${PYTHON_IMAGE}
COPY --from=wheelhouse /wheels/ /wheels/
RUN python -m pip install --no-cache-dir --no-index --find-links /wheels /wheels/archlint-*.whl \
    && rm -rf /wheels \
    && useradd --create-home --uid 10001 archlint
USER 10001
WORKDIR /work
ENTRYPOINT ["archlint"]
CMD ["check", "Dockerfile"]
