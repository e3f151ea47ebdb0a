# corpus: modelled-on=Phoenix release Dockerfile (hexpm/elixir builder + debian runner) with the builder stage pinned to linux/amd64
# corpus: expect=AL201@7
ARG ELIXIR_VERSION=1.17.2
ARG OTP_VERSION=26.2.5
ARG DEBIAN_VERSION=bookworm-20240701-slim

FROM --platform=linux/amd64 hexpm/elixir:${ELIXIR_VERSION}-erlang-${OTP_VERSION}-debian-${DEBIAN_VERSION} AS build
RUN apt-get update -y && apt-get install -y build-essential git \
    && apt-get clean && rm -f /var/lib/apt/lists/*_*
WORKDIR /app
ENV MIX_ENV=prod
RUN mix local.hex --force && mix local.rebar --force
COPY mix.exs mix.lock ./
RUN mix deps.get --only $MIX_ENV && mix deps.compile
COPY config config
COPY lib lib
COPY priv priv
RUN mix assets.deploy && mix compile && mix release

FROM debian:${DEBIAN_VERSION}
RUN apt-get update -y \
    && apt-get install -y libstdc++6 openssl libncurses5 locales ca-certificates \
    && apt-get clean && rm -f /var/lib/apt/lists/*_* \
    && sed -i '/en_US.UTF-8/s/^# //g' /etc/locale.gen && locale-gen
ENV LANG=en_US.UTF-8 MIX_ENV=prod
WORKDIR /app
RUN chown nobody /app
COPY --from=build --chown=nobody:root /app/_build/prod/rel/chatter ./
USER nobody
CMD ["/app/bin/server"]
