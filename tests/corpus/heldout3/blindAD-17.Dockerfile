# corpus: modelled-on=kerl-based OTP build images (lfex/dockerfiles, benoitc travis image) + Elixir precompiled zip (Sir-Boops/docker-elixir for the source variant)
# corpus: expect=
FROM ubuntu:22.04

ENV DEBIAN_FRONTEND=noninteractive \
    KERL_BUILD_BACKEND=tarball \
    KERL_CONFIGURE_OPTIONS="--without-javac --without-wx --without-odbc"
ARG OTP_VERSION=26.2.5
ARG ELIXIR_VERSION=1.17.2

RUN apt-get update && apt-get install -y --no-install-recommends \
        autoconf build-essential ca-certificates curl dpkg-dev libncurses-dev \
        libssl-dev m4 unzip \
    && rm -rf /var/lib/apt/lists/*

# kerl builds OTP from source for whatever CPU this stage runs on
RUN curl -fsSL -o /usr/local/bin/kerl https://raw.githubusercontent.com/kerl/kerl/3.1.0/kerl \
    && chmod +x /usr/local/bin/kerl \
    && export KERL_CONFIGURE_OPTIONS="$KERL_CONFIGURE_OPTIONS --build=$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)" \
    && kerl build "$OTP_VERSION" otp-build \
    && kerl install otp-build /opt/otp \
    && kerl cleanup all
ENV PATH=/opt/otp/bin:$PATH

# the precompiled Elixir zip is BEAM bytecode, the same on every CPU
RUN curl -fsSL -o /tmp/elixir.zip \
        "https://github.com/elixir-lang/elixir/releases/download/v${ELIXIR_VERSION}/elixir-otp-26.zip" \
    && unzip -q /tmp/elixir.zip -d /opt/elixir \
    && rm /tmp/elixir.zip
ENV PATH=/opt/elixir/bin:$PATH LANG=C.UTF-8

WORKDIR /app
COPY mix.exs mix.lock ./
RUN mix local.hex --force && mix local.rebar --force && MIX_ENV=prod mix deps.get
COPY . .
RUN MIX_ENV=prod mix release
CMD ["_build/prod/rel/chat/bin/chat", "start"]
