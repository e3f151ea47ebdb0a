# corpus: modelled-on=Phoenix/Elixir asset stage downloading tailwind+esbuild binaries, only the Intel branch written (cf. TARGETPLATFORM case scripts with "Unsupported platform" exit)
# corpus: expect=AL301@16
FROM hexpm/elixir:1.17.3-erlang-27.1.2-debian-bookworm-20241111-slim AS build
RUN apt-get update -y \
 && apt-get install -y --no-install-recommends build-essential git curl ca-certificates \
 && rm -rf /var/lib/apt/lists/*
ARG TARGETARCH
ARG TAILWIND_VERSION=v3.4.15
ARG ESBUILD_VERSION=0.24.0
WORKDIR /app
ENV MIX_ENV=prod
RUN mix local.hex --force && mix local.rebar --force

# TODO(arm): add the arm64 names once someone on an M-series box needs it
RUN set -eux; \
    case "${TARGETARCH}" in \
      amd64) TW=linux-x64; ESB=linux-x64 ;; \
      *) echo "unsupported arch: ${TARGETARCH}" >&2; exit 1 ;; \
    esac; \
    mkdir -p _build; \
    curl -fsSLo _build/tailwind-${TW} "https://github.com/tailwindlabs/tailwindcss/releases/download/${TAILWIND_VERSION}/tailwindcss-${TW}"; \
    curl -fsSL "https://registry.npmjs.org/@esbuild/${ESB}/-/${ESB}-${ESBUILD_VERSION}.tgz" | tar -xz -C /tmp; \
    mv /tmp/package/bin/esbuild _build/esbuild-${ESB}; \
    chmod +x _build/*

COPY mix.exs mix.lock ./
RUN mix deps.get --only prod && mix deps.compile
COPY . .
RUN mix assets.deploy && mix compile && mix release

FROM debian:bookworm-slim
RUN apt-get update -y && apt-get install -y --no-install-recommends libstdc++6 openssl libncurses5 locales \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build --chown=nobody /app/_build/prod/rel/shop ./
USER nobody
CMD ["/app/bin/server"]
