# corpus: modelled-on=developer shell image installing several CLI tools through a helper function defined inside the RUN
# corpus: expect=AL402@6,AL301@16
FROM ubuntu:24.04
SHELL ["/bin/bash", "-o", "pipefail", "-c"]

ENV CFLAGS="-O2 -pipe -mavx2" \
    CXXFLAGS="-O2 -pipe"

RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential ca-certificates curl git python3-dev python3-pip zsh \
 && rm -rf /var/lib/apt/lists/*

# fetch_tgz <url-without-suffix> <binary>: release tarballs named "<prefix>-linux-amd64.tar.gz"
RUN set -eux; \
    fetch_tgz() { \
      curl -fsSL "$1-linux-amd64.tar.gz" \
        | tar -xz --strip-components=1 --wildcards -C /usr/local/bin "*/$2"; \
    }; \
    fetch_tgz https://get.helm.sh/helm-v3.16.3 helm; \
    fetch_tgz https://github.com/FiloSottile/age/releases/download/v1.2.0/age-v1.2.0 age; \
    helm version --short; age --version

RUN pip3 install --break-system-packages --no-cache-dir msgspec==0.18.6
RUN useradd -m -s /usr/bin/zsh dev
USER dev
WORKDIR /home/dev
CMD ["zsh"]
