# corpus: modelled-on=docker-library/julia Dockerfile (dpkgArch -> tarArch/dirArch, bin/linux/x64 vs aarch64)
# corpus: expect=
FROM debian:bookworm-slim

RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates curl; \
    rm -rf /var/lib/apt/lists/*

ENV JULIA_PATH=/usr/local/julia \
    JULIA_VERSION=1.10.4 \
    JULIA_DEPOT_PATH=/opt/julia-depot
ENV PATH=$JULIA_PATH/bin:$PATH

# tarball and directory names differ: x86_64 tarballs live under bin/linux/x64/
RUN set -eux; \
    dpkgArch="$(dpkg --print-architecture)"; \
    case "${dpkgArch##*-}" in \
        amd64) tarArch='x86_64'; dirArch='x64' ;; \
        arm64) tarArch='aarch64'; dirArch='aarch64' ;; \
        i386) tarArch='i686'; dirArch='x86' ;; \
        *) echo >&2 "error: no Julia binary for ${dpkgArch}"; exit 1 ;; \
    esac; \
    folder="$(echo "$JULIA_VERSION" | cut -d. -f1-2)"; \
    curl -fL -o julia.tar.gz \
        "https://julialang-s3.julialang.org/bin/linux/${dirArch}/${folder}/julia-${JULIA_VERSION}-linux-${tarArch}.tar.gz"; \
    mkdir -p "$JULIA_PATH"; \
    tar -xzf julia.tar.gz -C "$JULIA_PATH" --strip-components 1; \
    rm julia.tar.gz; \
    julia --version

WORKDIR /opt/app
COPY Project.toml Manifest.toml ./
RUN julia --project=. -e 'using Pkg; Pkg.instantiate(); Pkg.precompile()'
COPY src/ ./src/
EXPOSE 8000
CMD ["julia", "--project=.", "src/server.jl"]
