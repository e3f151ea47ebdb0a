# corpus: modelled-on=TinyGo small-footprint Linux agent (tinygo build with GOOS/GOARCH in ENV) for edge gateways
# corpus: expect=AL204@9
FROM tinygo/tinygo:0.34.0 AS build
USER root
RUN apt-get update && apt-get install -y --no-install-recommends make \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# the gateways in the field are Graviton / Pi 4 class boards
ENV GOOS=linux GOARCH=arm64 \
    CGO_ENABLED=1
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN tinygo build -o /out/edge-agent -opt=z -no-debug ./cmd/edge-agent \
 && ls -l /out/edge-agent

FROM debian:bookworm-slim
COPY --from=build /out/edge-agent /usr/local/bin/edge-agent
ENTRYPOINT ["/usr/local/bin/edge-agent"]
