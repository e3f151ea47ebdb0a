# corpus: modelled-on=darylnwk/aws-cli Dockerfile and rodballon458/aws_cli Dockerfile (awscli-exe-linux-x86_64.zip), for an arm64-only (Graviton) image
# corpus: expect=AL301@11,AL301@15,AL302@16
# corpus: platforms=linux/arm64
FROM golang:1.22-bookworm AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 GOOS=linux GOARCH=arm64 go build -o /out/uploader ./cmd/uploader

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends curl unzip ca-certificates && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL "https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip" -o /tmp/awscliv2.zip \
    && unzip -q /tmp/awscliv2.zip -d /tmp \
    && /tmp/aws/install \
    && rm -rf /tmp/aws /tmp/awscliv2.zip
RUN curl -fsSLO https://github.com/BurntSushi/ripgrep/releases/download/14.1.0/ripgrep_14.1.0-1_amd64.deb \
    && dpkg -i ripgrep_14.1.0-1_amd64.deb \
    && rm ripgrep_14.1.0-1_amd64.deb
COPY --from=build /out/uploader /usr/local/bin/uploader
ENTRYPOINT ["/usr/local/bin/uploader"]
