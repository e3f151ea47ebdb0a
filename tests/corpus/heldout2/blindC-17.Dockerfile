# corpus: modelled-on=WasmEdge onnxruntime install script (uname -m -> x64/aarch64 asset names) + uv Docker integration guide (uv sync --frozen)
# corpus: expect=
FROM python:3.12-slim-bookworm

COPY --from=ghcr.io/astral-sh/uv:0.5.4 /uv /uvx /bin/

ARG TARGETARCH
ARG ORT_VERSION=1.19.2
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates libgomp1 \
 && rm -rf /var/lib/apt/lists/*

# release assets are named linux-x64 / linux-aarch64
RUN set -eux; \
    case "${TARGETARCH}" in \
      amd64) ort_arch=x64 ;; \
      arm64) ort_arch=aarch64 ;; \
      *) echo "onnxruntime: unsupported ${TARGETARCH}" >&2; exit 1 ;; \
    esac; \
    curl -fsSL "https://github.com/microsoft/onnxruntime/releases/download/v${ORT_VERSION}/onnxruntime-linux-${ort_arch}-${ORT_VERSION}.tgz" \
      | tar -xz -C /opt; \
    mv "/opt/onnxruntime-linux-${ort_arch}-${ORT_VERSION}" /opt/onnxruntime
ENV LD_LIBRARY_PATH=/opt/onnxruntime/lib

ENV UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy
WORKDIR /app
COPY pyproject.toml uv.lock ./
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --frozen --no-dev --no-install-project
COPY . .
RUN --mount=type=cache,target=/root/.cache/uv uv sync --frozen --no-dev
ENV PATH="/app/.venv/bin:$PATH"
CMD ["python", "-m", "embedder"]
