ARG PYTHON_VERSION=3.12
ARG VARIANT=slim-bookworm
FROM scratch
COPY --from=build /out/app /app
USER 65532:65532
STOPSIGNAL SIGTERM
ENTRYPOINT ["/app"]
from golang:alpine as build
run apk add --no-cache git make
workdir /build
copy . .
run make  build   BIN=/out/cli
FROM python:${PYTHON_VERSION}-${VARIANT} AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
RUN --mount=type=cache,target=/root/.cache/pip \
    --mount=type=bind,source=requirements.txt,target=requirements.txt \
    python -m pip install -r requirements.txt
COPY . .
CMD python -m app

FROM scratch
COPY --link --from=build /out/app /
