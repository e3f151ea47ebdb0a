# corpus: modelled-on=playwright-go screenshot services (Go API compiled on $BUILDPLATFORM, run on mcr.microsoft.com/playwright); jay-espiritu/playwright-framework uses the -arm64 tag
# corpus: expect=AL206@10,AL209@13
FROM --platform=$BUILDPLATFORM golang:1.23-bookworm AS api
ARG TARGETOS
ARG TARGETARCH
WORKDIR /src
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/shotd ./cmd/shotd

# browsers + system deps come from the Playwright image
FROM mcr.microsoft.com/playwright:v1.48.2-noble-arm64
ENV PLAYWRIGHT_BROWSERS_PATH=/ms-playwright \
    SHOTD_ADDR=:8080
COPY --from=api /out/shotd /usr/local/bin/shotd
USER pwuser
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s CMD curl -fsS http://127.0.0.1:8080/healthz || exit 1
ENTRYPOINT ["/usr/local/bin/shotd"]
