# corpus: modelled-on=code-server Dockerfiles using code-server_${VER}_$(dpkg --print-architecture).deb, plus e2e browser install
# corpus: expect=
FROM debian:12

ARG TARGETARCH
ARG CODE_SERVER_VERSION=4.91.1

RUN apt-get update && apt-get install -y --no-install-recommends \
        ca-certificates curl git sudo zsh locales fonts-liberation \
    && rm -rf /var/lib/apt/lists/*

RUN curl -fL "https://github.com/coder/code-server/releases/download/v${CODE_SERVER_VERSION}/code-server_${CODE_SERVER_VERSION}_$(dpkg --print-architecture).deb" -o /tmp/code-server.deb \
    && dpkg -i /tmp/code-server.deb \
    && rm /tmp/code-server.deb

# Chrome only ships amd64 builds; arm64 workspaces get Debian's chromium instead.
RUN apt-get update \
    && if [ "$TARGETARCH" = "amd64" ]; then \
         curl -fsSL -o /tmp/chrome.deb https://dl.google.com/linux/direct/google-chrome-stable_current_amd64.deb \
         && apt-get install -y /tmp/chrome.deb && rm /tmp/chrome.deb; \
       else \
         apt-get install -y --no-install-recommends chromium; \
       fi \
    && rm -rf /var/lib/apt/lists/*

RUN useradd -m -s /bin/zsh -u 1000 coder \
    && echo "coder ALL=(ALL) NOPASSWD:ALL" > /etc/sudoers.d/coder
USER coder
WORKDIR /home/coder
EXPOSE 8080
ENTRYPOINT ["/usr/bin/code-server", "--bind-addr", "0.0.0.0:8080", "."]
