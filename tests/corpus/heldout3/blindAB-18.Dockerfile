# corpus: modelled-on=smartcontractkit/chainlink community Dockerfile (BUILDPLATFORM go build into debian)
# corpus: expect=AL206@17
#syntax=docker/dockerfile:1.4
FROM --platform=$BUILDPLATFORM golang:1.22-bookworm AS build

ARG COMMIT_SHA
ARG ENVIRONMENT=release
ARG TARGETPLATFORM

WORKDIR /go/src/chainlink
COPY go.mod go.sum ./
RUN --mount=type=cache,target=/go/pkg/mod go mod download
COPY . .

RUN echo "building chainlink ${COMMIT_SHA} for ${TARGETPLATFORM}"
RUN --mount=type=cache,target=/root/.cache/go-build \
    go build -ldflags "-X github.com/smartcontractkit/chainlink/v2/core/static.Sha=${COMMIT_SHA}" \
      -o /out/chainlink ./core/

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates gnupg lsb-release curl \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /out/chainlink /usr/local/bin/chainlink
RUN useradd --uid 14933 --create-home chainlink
USER chainlink
WORKDIR /home/chainlink
EXPOSE 6688 6689
ENTRYPOINT ["chainlink"]
HEALTHCHECK CMD curl -f http://localhost:6688/health || exit 1
CMD ["local", "node"]
