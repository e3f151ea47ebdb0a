# corpus: modelled-on=vendor operator that is only shipped for x86 clusters (kubebuilder v2 scaffold with GOARCH=amd64 + kubectl linux/amd64 download), built with --platform linux/amd64 only
# corpus: expect=
# corpus: platforms=linux/amd64
# This image is only published for linux/amd64: the vendor's HSM client library
# (libhsmclient.so) has no arm64 build. Do not add arm64 to the release matrix.
FROM --platform=linux/amd64 golang:1.22-bookworm AS builder
WORKDIR /workspace
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 GOOS=linux GOARCH=amd64 go build -a -o manager ./cmd/manager

FROM --platform=linux/amd64 debian:bookworm-slim
ARG KUBECTL_VERSION=v1.31.3
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl \
 && curl -fsSLo /usr/local/bin/kubectl \
      "https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/linux/amd64/kubectl" \
 && chmod 0755 /usr/local/bin/kubectl \
 && apt-get purge -y curl && apt-get autoremove -y \
 && rm -rf /var/lib/apt/lists/*
COPY vendor-libs/libhsmclient.so /usr/local/lib/
COPY --from=builder /workspace/manager /manager
USER 65532:65532
ENTRYPOINT ["/manager"]
