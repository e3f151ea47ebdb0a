# corpus: modelled-on=neozenith/strava-mongo-lambda (pip --platform for Lambda) rewritten to map the wheel tag from TARGETARCH
# corpus: expect=
# Resolve wheels on the native build host, but for the *target* CPU.
FROM --platform=$BUILDPLATFORM python:3.12-slim AS deps
ARG TARGETARCH
WORKDIR /build
COPY requirements.txt .
#   amd64 -> manylinux2014_x86_64
#   arm64 -> manylinux2014_aarch64
RUN set -eu; \
    case "$TARGETARCH" in \
      amd64) plat=manylinux2014_x86_64 ;; \
      arm64) plat=manylinux2014_aarch64 ;; \
      *) echo "unsupported arch: $TARGETARCH" >&2; exit 1 ;; \
    esac; \
    pip install --no-cache-dir \
      --platform "$plat" --implementation cp --python-version 3.12 \
      --only-binary=:all: \
      --target /opt/python \
      -r requirements.txt

FROM public.ecr.aws/lambda/python:3.12
COPY --from=deps /opt/python ${LAMBDA_TASK_ROOT}
COPY src/ ${LAMBDA_TASK_ROOT}/
CMD ["thumbnailer.handler"]
