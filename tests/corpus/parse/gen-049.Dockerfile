ARG  REGISTRY=docker.io
ARG TAG
FROM python:${PYTHON_VERSION}-${VARIANT} AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
RUN --mount=type=cache,target=/root/.cache/pip \
    --mount=type=bind,source=requirements.txt,target=requirements.txt \
    python -m pip install -r requirements.txt
COPY . .
CMD python -m app
FROM golang:1.21 AS builder
ENV CGO_ENABLED=0 \
    GOOS=linux \
    GOARCH=amd64
WORKDIR /go/src/app
COPY . .
RUN go build -o /bin/server .
FROM alpine
RUN echo one \
\
    two
RUN echo a \

  b
RUN echo trailing \   
  spaces
RUN echo escaped \\
RUN echo "hash # not a comment" # still not a comment
    # indented comment
RUN echo done

FROM scratch
COPY --link --from=build /out/app /
