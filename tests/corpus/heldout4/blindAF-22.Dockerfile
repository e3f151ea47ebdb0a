# corpus: modelled-on=Kubernetes admission webhook (kubebuilder-like) cross-built from $BUILDPLATFORM onto distroless
# corpus: expect=AL206@11,AL202@13
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
ARG TARGETOS
ARG TARGETARCH
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ENV CGO_ENABLED=0
RUN go build -trimpath -ldflags="-s -w" -o /out/webhook ./cmd/webhook

FROM --platform=$TARGETPLATFORM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/webhook /webhook
USER nonroot:nonroot
EXPOSE 8443
HEALTHCHECK --interval=30s --timeout=3s CMD ["/webhook", "healthcheck", "--addr=:8443"]
ENTRYPOINT ["/webhook"]
CMD ["--tls-cert-file=/certs/tls.crt", "--tls-private-key-file=/certs/tls.key"]
