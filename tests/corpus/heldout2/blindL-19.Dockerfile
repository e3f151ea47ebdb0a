# corpus: modelled-on=FastAPI ML service, multi-arch, with an x86-only diagnostic package behind a TARGETARCH guard (cf. astral-sh/uv docker integration docs)
# corpus: expect=
FROM python:3.12-slim-bookworm
COPY --from=ghcr.io/astral-sh/uv:0.5.4 /uv /uvx /bin/
ARG TARGETARCH

# The startup self-check reads CPU flags with cpuid to pick the AVX-512 kernels;
# cpuid is only packaged for x86, arm64 (Graviton, M-series) skips that check.
RUN apt-get update \
 && apt-get install -y --no-install-recommends libgomp1 \
 && if [ "$TARGETARCH" = "amd64" ]; then \
      apt-get install -y --no-install-recommends cpuid; \
    fi \
 && rm -rf /var/lib/apt/lists/*

ENV UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy
WORKDIR /app
COPY pyproject.toml uv.lock ./
# numpy/scipy/orjson publish manylinux x86_64 and aarch64 wheels
RUN --mount=type=cache,target=/root/.cache/uv uv sync --frozen --no-dev --no-install-project
COPY . .
RUN --mount=type=cache,target=/root/.cache/uv uv sync --frozen --no-dev
ENV PATH="/app/.venv/bin:$PATH"
RUN useradd -r app
USER app
EXPOSE 8000
CMD ["uvicorn", "service.main:app", "--host", "0.0.0.0", "--port", "8000"]
