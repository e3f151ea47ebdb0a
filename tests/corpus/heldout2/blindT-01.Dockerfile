# corpus: modelled-on=docker-library/julia Dockerfile (dpkg arch case with per-arch tarball URLs)
# corpus: expect=
FROM debian:bookworm-slim

RUN set -eux; \
    apt-get update; \
    apt-get install -y --no-install-recommends ca-certificates curl; \
    rm -rf /var/lib/apt/lists/*

ENV JULIA_PATH=/usr/local/julia
ENV PATH=$JULIA_PATH/bin:$PATH
ENV JULIA_VERSION=1.11.7

# upstream ships x86_64 ("x64" dir) and aarch64 tarballs; pick the one for this image
RUN set -eux; \
    dpkgArch="$(dpkg --print-architecture)"; \
    case "$dpkgArch" in \
        amd64) url='https://julialang-s3.julialang.org/bin/linux/x64/1.11/julia-1.11.7-linux-x86_64.tar.gz' ;; \
        arm64) url='https://julialang-s3.julialang.org/bin/linux/aarch64/1.11/julia-1.11.7-linux-aarch64.tar.gz' ;; \
        *) echo >&2 "error: no julia binary for $dpkgArch"; exit 1 ;; \
    esac; \
    curl -fL -o julia.tar.gz "$url"; \
    mkdir -p "$JULIA_PATH"; \
    tar -xzf julia.tar.gz -C "$JULIA_PATH" --strip-components 1; \
    rm julia.tar.gz; \
    julia --version

RUN julia -e 'using Pkg; Pkg.add(["DifferentialEquations", "CSV"]); Pkg.precompile()'
WORKDIR /work
CMD ["julia"]
