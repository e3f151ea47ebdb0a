# corpus: modelled-on=GitHub-API release-asset selection (0xjanitor getDownloadUrl.sh) made arch-aware with uname -m + jq --arg, for a sops/age secrets tooling image
# corpus: expect=
FROM alpine:3.20

RUN apk add --no-cache bash curl jq ca-certificates gnupg

# Map the kernel arch to the Go-style names used in release assets:
#   x86_64  -> amd64  (sops-v3.9.1.linux.amd64)
#   aarch64 -> arm64  (sops-v3.9.1.linux.arm64)
RUN set -eux; \
    arch="$(uname -m | sed -e 's/x86_64/amd64/' -e 's/aarch64/arm64/')"; \
    for repo in getsops/sops FiloSottile/age; do \
      curl -fsSL "https://api.github.com/repos/${repo}/releases/latest" > /tmp/rel.json; \
      jq -r --arg a "$arch" \
        '.assets[].browser_download_url | select(test("linux[.-]" + $a + "(\\.tar\\.gz)?$"))' \
        /tmp/rel.json > /tmp/urls; \
      test -s /tmp/urls; \
      while read -r url; do \
        case "$url" in \
          *.tar.gz) curl -fsSL "$url" | tar -xz -C /usr/local/bin --strip-components=1 age/age age/age-keygen ;; \
          *) curl -fsSLo /usr/local/bin/sops "$url" ;; \
        esac; \
      done < /tmp/urls; \
    done; \
    chmod 0755 /usr/local/bin/sops; \
    rm -f /tmp/rel.json /tmp/urls; \
    sops --version; age --version

RUN adduser -D -u 1000 secrets
USER 1000
WORKDIR /work
ENTRYPOINT ["sops"]
