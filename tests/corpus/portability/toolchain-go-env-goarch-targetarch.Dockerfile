# corpus: modelled-on=Go services setting ENV GOOS/GOARCH from the automatic platform ARGs (e.g. operator-sdk based projects)
# corpus: expect=
FROM --platform=$BUILDPLATFORM golang:1.22 AS builder
ARG TARGETOS
ARG TARGETARCH
ENV CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH
WORKDIR /workspace
COPY . .
RUN go build -o manager ./cmd
FROM gcr.io/distroless/static:nonroot
COPY --from=builder /workspace/manager /manager
USER 65532:65532
ENTRYPOINT ["/manager"]
