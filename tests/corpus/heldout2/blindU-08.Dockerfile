# corpus: modelled-on=buildx migration blog: builder moved to --platform=$BUILDPLATFORM but GOARCH never passed; tini added from release page
# corpus: expect=AL206@13,AL203@21
# syntax=docker/dockerfile:1.7
FROM --platform=$BUILDPLATFORM golang:1.22 AS build

WORKDIR /workspace
COPY go.mod go.sum ./
RUN go mod download
COPY cmd/ cmd/
COPY internal/ internal/

# build the webhook server (faster now that the builder is native)
RUN CGO_ENABLED=0 go build -a -o webhook ./cmd/webhook

FROM alpine:3.20
ARG TINI_VERSION=v0.19.0

RUN apk add --no-cache ca-certificates tzdata

# tini as PID 1
ADD --chmod=0755 https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini-static-${TARGETARCH} /sbin/tini

WORKDIR /
COPY --from=build /workspace/webhook .
USER 65532:65532
ENTRYPOINT ["/sbin/tini", "--", "/webhook"]
