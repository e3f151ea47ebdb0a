# corpus: modelled-on=distroless users pinning gcr.io/distroless/static:nonroot-amd64
# corpus: expect=AL209@9
FROM golang:1.22 AS build
ARG TARGETARCH
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 GOARCH=$TARGETARCH go build -o /out/manager ./cmd/manager

FROM gcr.io/distroless/static:nonroot-amd64
COPY --from=build /out/manager /manager
USER 65532:65532
ENTRYPOINT ["/manager"]
