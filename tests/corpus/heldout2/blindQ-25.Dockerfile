# corpus: modelled-on=Rails + tailwindcss standalone CLI chosen from TARGETARCH (tailwindcss-rails style), no node in the image
# corpus: expect=
FROM ruby:3.3-slim-bookworm

ARG TARGETARCH
ARG TAILWIND_VERSION=v3.4.4

RUN apt-get update -qq \
 && apt-get install -y --no-install-recommends curl build-essential libpq-dev \
 && rm -rf /var/lib/apt/lists/*

# upstream names the assets tailwindcss-linux-x64 and tailwindcss-linux-arm64
RUN set -eux; \
    case "$TARGETARCH" in \
      amd64) tw_arch=x64 ;; \
      arm64) tw_arch=arm64 ;; \
      *) echo "unsupported: $TARGETARCH"; exit 1 ;; \
    esac; \
    curl -fsSLo /usr/local/bin/tailwindcss \
      "https://github.com/tailwindlabs/tailwindcss/releases/download/${TAILWIND_VERSION}/tailwindcss-linux-${tw_arch}"; \
    chmod +x /usr/local/bin/tailwindcss

ENV TAILWINDCSS_INSTALL_DIR=/usr/local/bin RAILS_ENV=production
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle install --jobs 4
COPY . .
RUN SECRET_KEY_BASE_DUMMY=1 bin/rails assets:precompile
CMD ["bin/rails", "server", "-b", "0.0.0.0"]
