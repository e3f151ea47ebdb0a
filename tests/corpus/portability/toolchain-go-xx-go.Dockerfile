# corpus: modelled-on=tonistiigi/xx README and docker/buildx Dockerfile (xx-go with --platform=$BUILDPLATFORM)
# corpus: expect=
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM tonistiigi/xx:1.4.0 AS xx

FROM --platform=$BUILDPLATFORM golang:1.22-alpine AS build
COPY --from=xx / /
RUN apk add --no-cache git file
WORKDIR /src
ARG TARGETPLATFORM
RUN --mount=target=. --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 xx-go build -ldflags "-s -w" -o /out/tool ./cmd/tool && \
    xx-verify --static /out/tool

FROM scratch
COPY --from=build /out/tool /tool
ENTRYPOINT ["/tool"]
