# syntax=docker/dockerfile:1.7
# check=skip=JSONArgsRecommended
ARG NODE_VERSION=20.11.1
ARG ALPINE_VERSION=3.19
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
FROM golang:1.22 AS onbuild-base
ONBUILD ARG TARGETARCH
ONBUILD RUN <<EOF
go env GOARCH
EOF
ONBUILD ENV CGO_ENABLED=0

FROM scratch
COPY --link --from=build /out/app /
