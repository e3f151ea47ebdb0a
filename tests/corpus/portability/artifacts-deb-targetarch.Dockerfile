# corpus: modelled-on=package files named with TARGETARCH
# corpus: expect=
FROM debian:bookworm-slim
ARG TARGETARCH
ARG VER=2.4.1
RUN curl -fsSLo /tmp/tool.deb "https://github.com/example/tool/releases/download/v${VER}/tool_${VER}_${TARGETARCH}.deb" \
 && dpkg -i /tmp/tool.deb
