# corpus: modelled-on=Earthly runner with target-arch fetch stage (anguslees/docker-bazel-buildtools fetcher pattern)
# corpus: expect=
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM alpine:3.20 AS fetch
ARG TARGETOS
ARG TARGETARCH
ARG EARTHLY_VERSION=v0.8.13
ARG BUILDX_VERSION=v0.15.1
RUN apk add --no-cache curl
# fetch binaries for the image's arch (amd64/arm64), not the build host's
RUN mkdir /out \
 && curl -fsSL -o /out/earthly \
      "https://github.com/earthly/earthly/releases/download/${EARTHLY_VERSION}/earthly-${TARGETOS}-${TARGETARCH}" \
 && curl -fsSL -o /out/docker-buildx \
      "https://github.com/docker/buildx/releases/download/${BUILDX_VERSION}/buildx-${BUILDX_VERSION}.${TARGETOS}-${TARGETARCH}" \
 && chmod 0755 /out/*

FROM docker:26-dind
RUN apk add --no-cache bash git
COPY --from=fetch /out/earthly /usr/local/bin/earthly
COPY --from=fetch /out/docker-buildx /usr/local/libexec/docker/cli-plugins/docker-buildx
ENV EARTHLY_DISABLE_ANALYTICS=1
WORKDIR /src
COPY Earthfile ./
ENTRYPOINT ["earthly"]
