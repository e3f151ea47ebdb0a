# corpus: modelled-on=kokuwaio/shellcheck + hadolint CI lint image; exec-form RUN continued over two lines
# corpus: expect=AL301@19
FROM debian:bookworm-slim
SHELL ["/bin/bash", "-o", "pipefail", "-c"]

ARG TARGETARCH
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates wget xz-utils \
 && rm -rf /var/lib/apt/lists/*

# shellcheck: x86_64 / aarch64 archives
RUN [[ $TARGETARCH == amd64 ]] && export SC_ARCH=x86_64; \
    [[ $TARGETARCH == arm64 ]] && export SC_ARCH=aarch64; \
    [[ -z ${SC_ARCH:-} ]] && echo "unknown arch $TARGETARCH" && exit 1; \
    wget -qO- "https://github.com/koalaman/shellcheck/releases/download/v0.10.0/shellcheck-v0.10.0.linux.${SC_ARCH}.tar.xz" \
      | tar -xJ --strip-components=1 -C /usr/local/bin shellcheck-v0.10.0/shellcheck

RUN ["/bin/sh", "-c", \
     "wget -qO /usr/local/bin/hadolint https://github.com/hadolint/hadolint/releases/download/v2.12.0/hadolint-Linux-x86_64 && chmod 0755 /usr/local/bin/hadolint"]

COPY --chmod=0555 entrypoint.sh /usr/local/bin/entrypoint.sh
USER 1000:1000
ENTRYPOINT ["/usr/local/bin/entrypoint.sh"]
