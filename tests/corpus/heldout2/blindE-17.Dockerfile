# corpus: modelled-on=Debian openjdk service image with arch-derived JAVA_HOME symlink and optional async-profiler (amd64/arm64 only, guarded)
# corpus: expect=
# corpus: platforms=linux/amd64,linux/arm64,linux/arm/v7,linux/ppc64le,linux/s390x
FROM debian:bookworm-slim

ARG ASYNC_PROFILER_VERSION=3.0
RUN apt-get update \
 && apt-get install -y --no-install-recommends openjdk-17-jre-headless ca-certificates curl \
 && rm -rf /var/lib/apt/lists/* \
 && ln -s "/usr/lib/jvm/java-17-openjdk-$(dpkg --print-architecture)" /usr/lib/jvm/jre
ENV JAVA_HOME=/usr/lib/jvm/jre

# async-profiler only ships x64/arm64 linux builds; other arches go without it
RUN arch="$(dpkg --print-architecture)"; \
    if [ "$arch" = "amd64" ]; then \
      curl -fsSL "https://github.com/async-profiler/async-profiler/releases/download/v${ASYNC_PROFILER_VERSION}/async-profiler-${ASYNC_PROFILER_VERSION}-linux-x64.tar.gz" | tar -xz -C /opt; \
    elif [ "$arch" = "arm64" ]; then \
      curl -fsSL "https://github.com/async-profiler/async-profiler/releases/download/v${ASYNC_PROFILER_VERSION}/async-profiler-${ASYNC_PROFILER_VERSION}-linux-arm64.tar.gz" | tar -xz -C /opt; \
    else \
      echo "async-profiler not available for $arch, skipping"; \
    fi

# UseCompressedOops does not exist on the 32-bit (arm/v7) VM, hence IgnoreUnrecognizedVMOptions
ENV JAVA_TOOL_OPTIONS="-XX:+IgnoreUnrecognizedVMOptions -XX:+UseCompressedOops -XX:MaxRAMPercentage=70"

RUN useradd -r -u 10001 -d /srv/app app
WORKDIR /srv/app
COPY --chown=app build/libs/inventory-all.jar app.jar
USER app
EXPOSE 8080
ENTRYPOINT ["sh", "-c", "exec \"$JAVA_HOME/bin/java\" -jar app.jar"]
