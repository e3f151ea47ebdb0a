# corpus: modelled-on=code-server setup scripts that fetch code-server_${VERSION}_amd64.deb, as a homelab Dockerfile
# corpus: expect=AL301@14,AL302@15
FROM debian:bookworm-slim

ARG CODE_SERVER_VERSION=4.91.1
ENV LANG=en_US.UTF-8

RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        ca-certificates curl git locales sudo openssh-client dumb-init \
    && sed -i 's/^# *en_US.UTF-8/en_US.UTF-8/' /etc/locale.gen && locale-gen \
    && rm -rf /var/lib/apt/lists/*

RUN curl -fsSLO "https://github.com/coder/code-server/releases/download/v${CODE_SERVER_VERSION}/code-server_${CODE_SERVER_VERSION}_amd64.deb" \
    && dpkg -i "code-server_${CODE_SERVER_VERSION}_amd64.deb" \
    && rm -f code-server_*.deb

RUN adduser --gecos '' --disabled-password coder \
    && echo "coder ALL=(ALL) NOPASSWD:ALL" > /etc/sudoers.d/nopasswd

USER coder
WORKDIR /home/coder
RUN code-server --install-extension ms-python.python \
    && code-server --install-extension redhat.vscode-yaml

EXPOSE 8080
HEALTHCHECK --interval=30s CMD curl -fs http://localhost:8080/healthz || exit 1
ENTRYPOINT ["dumb-init", "--"]
CMD ["code-server", "--bind-addr", "0.0.0.0:8080", "--auth", "password", "."]
