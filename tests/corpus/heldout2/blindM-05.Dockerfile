# corpus: modelled-on=dotnet/dotnet-docker samples/releasesapi/Dockerfile.ubuntu-cross-x64-arm64 (generalised to both directions)
# corpus: expect=
# syntax=docker/dockerfile:1
FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:9.0-noble-aot AS build
ARG TARGETARCH
ARG BUILDARCH
WORKDIR /source

# NativeAOT needs a linker + zlib for the *target* arch when cross-compiling
RUN set -eux; \
    if [ "$TARGETARCH" != "$BUILDARCH" ]; then \
      case "$TARGETARCH" in \
        arm64) cross=gcc-aarch64-linux-gnu; mirror=http://ports.ubuntu.com/ubuntu-ports/ ;; \
        amd64) cross=gcc-x86-64-linux-gnu;  mirror=http://archive.ubuntu.com/ubuntu/ ;; \
        *) echo "unsupported target $TARGETARCH" >&2; exit 1 ;; \
      esac; \
      sed -i "/Signed-By/ a Architectures: $BUILDARCH" /etc/apt/sources.list.d/ubuntu.sources; \
      printf 'Types: deb\nURIs: %s\nSuites: noble noble-updates\nComponents: main\nSigned-By: /usr/share/keyrings/ubuntu-archive-keyring.gpg\nArchitectures: %s\n' \
        "$mirror" "$TARGETARCH" > /etc/apt/sources.list.d/cross.sources; \
      dpkg --add-architecture "$TARGETARCH"; \
      apt-get update; \
      apt-get install -y --no-install-recommends "$cross" "zlib1g-dev:$TARGETARCH"; \
      rm -rf /var/lib/apt/lists/*; \
    fi

COPY --link . .
RUN --mount=type=cache,target=/root/.nuget \
    dotnet publish -a $TARGETARCH -o /app releasesapi.csproj \
    && rm /app/*.dbg

FROM mcr.microsoft.com/dotnet/runtime-deps:9.0-noble-chiseled
WORKDIR /app
COPY --link --from=build /app .
USER $APP_UID
ENTRYPOINT ["./releasesapi"]
