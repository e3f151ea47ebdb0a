# corpus: modelled-on=Daniel-Seifert/go-echo + public "FROM --platform=$BUILDPLATFORM gcr.io/distroless/..." final stages (admission webhook)
# corpus: expect=AL206@11,AL208@13
FROM --platform=$BUILDPLATFORM golang:1.23-alpine AS build
WORKDIR /src
ENV CGO_ENABLED=0
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    go build -trimpath -ldflags="-s -w" -o /out/webhook ./cmd/webhook

FROM --platform=$BUILDPLATFORM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/webhook /webhook
USER 65532:65532
EXPOSE 8443
ENTRYPOINT ["/webhook"]
