# corpus: modelled-on=protoc runtime image with fetch stage (protoc arch scripts, justin0u0/golang-protoc)
# corpus: expect=AL202@5,AL208@18
# syntax=docker/dockerfile:1
ARG PROTOC_VERSION=27.2
FROM --platform=$TARGETPLATFORM debian:bookworm-slim AS fetch
ARG PROTOC_VERSION
RUN apt-get update && apt-get install -y --no-install-recommends curl unzip ca-certificates \
 && case "$(dpkg --print-architecture)" in \
      amd64) PROTOC_ARCH=x86_64 ;; \
      arm64) PROTOC_ARCH=aarch_64 ;; \
      *) echo "no protoc build for this arch" >&2; exit 1 ;; \
    esac \
 && curl -fsSL -o /tmp/protoc.zip \
      "https://github.com/protocolbuffers/protobuf/releases/download/v${PROTOC_VERSION}/protoc-${PROTOC_VERSION}-linux-${PROTOC_ARCH}.zip" \
 && mkdir /opt/protoc && unzip -q /tmp/protoc.zip -d /opt/protoc

# small runtime; the stage below reuses the builder's platform to save pulls
FROM --platform=$BUILDPLATFORM debian:bookworm-slim
COPY --from=fetch /opt/protoc/bin/protoc /usr/local/bin/protoc
COPY --from=fetch /opt/protoc/include /usr/local/include
RUN useradd -m proto
USER proto
WORKDIR /src
ENTRYPOINT ["protoc"]
