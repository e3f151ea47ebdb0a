# corpus: modelled-on=installer scripts plus a uname-to-Go sed mapping for helm
# corpus: expect=
FROM alpine:3.19
RUN apk add --no-cache curl
RUN curl -sSfL https://raw.githubusercontent.com/anchore/grype/main/install.sh | sh -s -- -b /usr/local/bin v0.74.0
RUN curl -sSL https://get.helm.sh/helm-v3.13.3-linux-$(uname -m | sed 's/x86_64/amd64/;s/aarch64/arm64/').tar.gz | tar -xz
