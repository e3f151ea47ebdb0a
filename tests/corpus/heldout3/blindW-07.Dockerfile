# corpus: modelled-on=kokuwaio/hadolint Dockerfile + hadolint/shellcheck install scripts using a uname -m case
# corpus: expect=
FROM debian:bookworm-slim

ARG HADOLINT_VERSION=2.12.0
ARG SHELLCHECK_VERSION=0.10.0
ARG ACTIONLINT_VERSION=1.7.1

RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl xz-utils git \
    && rm -rf /var/lib/apt/lists/*

# Release asset names differ per project, so map uname -m explicitly.
RUN set -eux; \
    case "$(uname -m)" in \
      x86_64) \
        hadolint_url="https://github.com/hadolint/hadolint/releases/download/v${HADOLINT_VERSION}/hadolint-Linux-x86_64"; \
        sc_arch=x86_64; al_arch=amd64 ;; \
      aarch64) \
        hadolint_url="https://github.com/hadolint/hadolint/releases/download/v${HADOLINT_VERSION}/hadolint-Linux-arm64"; \
        sc_arch=aarch64; al_arch=arm64 ;; \
      *) echo "unsupported: $(uname -m)" >&2; exit 1 ;; \
    esac; \
    curl -fsSLo /usr/local/bin/hadolint "$hadolint_url"; \
    curl -fsSL "https://github.com/koalaman/shellcheck/releases/download/v${SHELLCHECK_VERSION}/shellcheck-v${SHELLCHECK_VERSION}.linux.${sc_arch}.tar.xz" \
      | tar -xJ --strip-components=1 -C /usr/local/bin "shellcheck-v${SHELLCHECK_VERSION}/shellcheck"; \
    curl -fsSL "https://github.com/rhysd/actionlint/releases/download/v${ACTIONLINT_VERSION}/actionlint_${ACTIONLINT_VERSION}_linux_${al_arch}.tar.gz" \
      | tar -xz -C /usr/local/bin actionlint; \
    chmod 0755 /usr/local/bin/hadolint

RUN useradd -m -u 1000 lint
USER lint
WORKDIR /src
ENTRYPOINT ["/bin/bash", "-c"]
