# corpus: modelled-on=johnvansickle static ffmpeg used only when TARGETARCH=amd64 (distro ffmpeg otherwise) in a Temurin JRE transcoding worker
# corpus: expect=
FROM eclipse-temurin:21-jre-jammy

ARG TARGETARCH
ENV JAVA_TOOL_OPTIONS="-XX:+IgnoreUnrecognizedVMOptions -XX:UseAVX=2 -XX:MaxRAMPercentage=75"

# On amd64 we take the static build (newer codecs); elsewhere the distro package is fine.
RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends curl xz-utils ca-certificates; \
    if [ "$TARGETARCH" = "amd64" ]; then \
        curl -fsSL -o /tmp/ffmpeg.tar.xz https://johnvansickle.com/ffmpeg/releases/ffmpeg-release-amd64-static.tar.xz; \
        tar -xJf /tmp/ffmpeg.tar.xz -C /usr/local/bin --strip-components=1 --wildcards '*/ffmpeg' '*/ffprobe'; \
        rm /tmp/ffmpeg.tar.xz; \
    else \
        apt-get install -y --no-install-recommends ffmpeg; \
    fi; \
    rm -rf /var/lib/apt/lists/*; \
    ffmpeg -hide_banner -version

WORKDIR /opt/transcoder
COPY build/libs/transcoder-worker.jar app.jar
USER 1000
ENTRYPOINT ["java", "-jar", "app.jar"]
