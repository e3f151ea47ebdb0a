# corpus: modelled-on=mbrostami/utlster-style BUILDPLATFORM builder, used only to generate data files (protoc fetched for BUILDARCH)
# corpus: expect=
FROM --platform=$BUILDPLATFORM golang:1.22-bookworm AS gen
ARG BUILDARCH
ARG PROTOC_VERSION=27.1
RUN set -eux; \
    case "$BUILDARCH" in \
        amd64) pArch=x86_64 ;; \
        arm64) pArch=aarch_64 ;; \
        *) echo >&2 "unsupported build machine $BUILDARCH"; exit 1 ;; \
    esac; \
    curl -fsSLo /tmp/protoc.zip "https://github.com/protocolbuffers/protobuf/releases/download/v${PROTOC_VERSION}/protoc-${PROTOC_VERSION}-linux-${pArch}.zip"; \
    apt-get update && apt-get install -y --no-install-recommends unzip && rm -rf /var/lib/apt/lists/*; \
    unzip -q /tmp/protoc.zip -d /usr/local
WORKDIR /src
COPY . .
RUN mkdir -p /out \
    && go build -o /usr/local/bin/schemagen ./tools/schemagen \
    && protoc --descriptor_set_out=/out/api.pb --include_imports proto/*.proto \
    && schemagen -in /out/api.pb -out /out/openapi.json

FROM nginx:1.27-alpine
COPY --from=gen /out/openapi.json /usr/share/nginx/html/openapi.json
COPY docs/ /usr/share/nginx/html/
EXPOSE 80
