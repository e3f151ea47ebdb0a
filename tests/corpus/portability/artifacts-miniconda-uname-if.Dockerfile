# corpus: modelled-on=ContinuumIO/docker-images miniconda3: if/elif on uname -m
# corpus: expect=
FROM debian:bookworm-slim
RUN set -x && \
    UNAME_M="$(uname -m)" && \
    if [ "${UNAME_M}" = "x86_64" ]; then \
        MINICONDA_URL="https://repo.anaconda.com/miniconda/Miniconda3-py312_24.5.0-0-Linux-x86_64.sh"; \
    elif [ "${UNAME_M}" = "s390x" ]; then \
        MINICONDA_URL="https://repo.anaconda.com/miniconda/Miniconda3-py312_24.5.0-0-Linux-s390x.sh"; \
    elif [ "${UNAME_M}" = "aarch64" ]; then \
        MINICONDA_URL="https://repo.anaconda.com/miniconda/Miniconda3-py312_24.5.0-0-Linux-aarch64.sh"; \
    fi && \
    wget "${MINICONDA_URL}" -O miniconda.sh -q && \
    bash miniconda.sh -b -p /opt/conda && rm miniconda.sh
