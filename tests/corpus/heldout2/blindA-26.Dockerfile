# corpus: modelled-on=Mrpsousa/training-micro-service-python-go (ENV GOOS=linux GOARCH=amd64) + kubebuilder-style operator Dockerfile with a pinned builder
# corpus: expect=AL201@4,AL204@8
# Our build hosts are x86 and cgo is off, so pin the builder.
FROM --platform=linux/amd64 golang:1.22-bookworm AS build
WORKDIR /workspace

RUN go env -w GOPROXY=https://proxy.golang.org,direct \
 && go env -w CGO_ENABLED=0 GOOS=linux GOARCH=amd64

COPY go.mod go.sum ./
RUN go mod download
COPY api/ api/
COPY cmd/ cmd/
COPY internal/ internal/
RUN go build -trimpath -a -o bin/manager ./cmd/manager

# Use distroless as minimal base image to package the manager binary
FROM gcr.io/distroless/static-debian12:nonroot
WORKDIR /
COPY --from=build /workspace/bin/manager /manager
USER 65532:65532
ENTRYPOINT ["/manager"]
