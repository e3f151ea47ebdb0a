# corpus: modelled-on=UBI 9 image with a TARGETARCH-guarded x86-only package (intel-specific bits only on amd64)
# corpus: expect=
FROM registry.access.redhat.com/ubi9/ubi:9.4
ARG TARGETARCH

RUN dnf -y install --setopt=tsflags=nodocs python3.11 python3.11-pip gcc make \
    && dnf clean all

# The vendor's legacy 32-bit helper only exists for x86; on arm64 we
# fall back to the pure-python implementation.
RUN if [ "$TARGETARCH" = "amd64" ]; then \
        dnf -y install glibc.i686 libstdc++.i686 \
        && dnf clean all; \
    else \
        echo "skipping 32-bit compat libs on ${TARGETARCH}"; \
    fi

# Compiled with generic flags only; nothing CPU specific.
ENV CFLAGS="-O2 -g" \
    PIP_NO_CACHE_DIR=1

WORKDIR /opt/app
COPY pyproject.toml ./
COPY src/ src/
RUN python3.11 -m pip install .
USER 1001
EXPOSE 8000
CMD ["python3.11", "-m", "uvicorn", "reportgen.api:app", "--host", "0.0.0.0"]
