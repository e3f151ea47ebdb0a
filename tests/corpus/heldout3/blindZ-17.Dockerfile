# corpus: modelled-on=Go job runner cross-compiled with GOARCH=$TARGETARCH plus the Databricks CLI release zip picked by TARGETARCH (bonddim/go-sqlcmd style)
# corpus: expect=
FROM --platform=$BUILDPLATFORM golang:1.23-alpine AS build
ARG TARGETOS TARGETARCH
WORKDIR /src
COPY go.* ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .
RUN --mount=type=cache,target=/go/pkg/mod \
    --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/job-runner ./cmd/job-runner

FROM alpine:3.20
ARG TARGETARCH
ARG DATABRICKS_CLI_VERSION=0.229.0
# assets: databricks_cli_<ver>_linux_amd64.zip / databricks_cli_<ver>_linux_arm64.zip
RUN apk add --no-cache ca-certificates curl unzip bash \
 && curl -fsSL -o /tmp/dbx.zip "https://github.com/databricks/cli/releases/download/v${DATABRICKS_CLI_VERSION}/databricks_cli_${DATABRICKS_CLI_VERSION}_linux_${TARGETARCH}.zip" \
 && unzip /tmp/dbx.zip databricks -d /usr/local/bin \
 && rm /tmp/dbx.zip
COPY --from=build /out/job-runner /usr/local/bin/job-runner
RUN adduser -D -u 10001 runner
USER runner
ENTRYPOINT ["job-runner"]
