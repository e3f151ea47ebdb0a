# corpus: modelled-on=latest-release fetchers via GitHub API + jq/grep (0xjanitor getDownloadUrl.sh, ncbi datasets fetch script) used in a manifest-lint image
# corpus: expect=AL301@17,AL301@22
FROM alpine:3.20

RUN apk add --no-cache bash curl jq tar git ca-certificates

ARG GITHUB_API=https://api.github.com/repos
WORKDIR /tmp/dl

# Always take the newest kubeconform + kubent release
# (pinning is done by the digest of this image instead)
RUN set -eo pipefail; \
    asset_url="$( \
      curl -fsSL -H 'Accept: application/vnd.github+json' \
        "${GITHUB_API}/yannh/kubeconform/releases/latest" \
      | jq -r '.assets[] \
          | select(.name | test("kubeconform-linux-amd64\\.tar\\.gz$")) \
          | .browser_download_url')"; \
    curl -fsSL "$asset_url" | tar -xz -C /usr/local/bin kubeconform; \
    kubent_url="$(curl -fsSL "${GITHUB_API}/doitintl/kube-no-trouble/releases/latest" \
      | grep -o '"browser_download_url": *"[^"]*"' | cut -d'"' -f4 \
      | grep -E 'linux-amd64\.tar\.gz$' | head -n1)"; \
    curl -fsSL "$kubent_url" | tar -xz -C /usr/local/bin kubent; \
    rm -rf /tmp/dl

COPY policies/ /policies/
COPY lint.sh /usr/local/bin/lint
WORKDIR /src
ENTRYPOINT ["/usr/local/bin/lint"]
