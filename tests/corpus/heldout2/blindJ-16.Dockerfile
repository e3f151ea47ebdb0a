# corpus: modelled-on=OpenShift-style operator Dockerfile with a pinned builder platform and defaulted TARGETARCH (cf. openshift-golang-builder "FROM --platform=linux/$TARGETARCH" + "ARG TARGETARCH=amd64" variants)
# corpus: expect=AL201@5,AL207@7
# Build the manager binary
# (the builder is pinned because our internal golang builder image is only mirrored for x86)
FROM --platform=linux/amd64 registry.access.redhat.com/ubi9/go-toolset:1.22 AS builder
ARG TARGETOS
ARG TARGETARCH=amd64
USER 0

WORKDIR /workspace
COPY go.mod go.mod
COPY go.sum go.sum
COPY vendor/ vendor/

COPY cmd/main.go cmd/main.go
COPY api/ api/
COPY internal/controller/ internal/controller/

RUN CGO_ENABLED=0 GOOS=${TARGETOS:-linux} GOARCH=${TARGETARCH} GOFLAGS=-mod=vendor \
    go build -a -o manager cmd/main.go

FROM registry.access.redhat.com/ubi9/ubi-minimal:9.5
WORKDIR /
COPY --from=builder /workspace/manager .
COPY LICENSE /licenses/LICENSE
USER 65532:65532

ENTRYPOINT ["/manager"]
