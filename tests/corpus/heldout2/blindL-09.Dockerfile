# corpus: modelled-on=Rails + wicked_pdf image fetching wkhtmltox per dpkg architecture (cf. gosu install snippet using dpkg --print-architecture)
# corpus: expect=
FROM ruby:3.3-slim-bookworm AS base
WORKDIR /rails
ENV RAILS_ENV=production BUNDLE_WITHOUT="development:test"

RUN apt-get update -qq \
 && apt-get install -y --no-install-recommends curl build-essential libpq-dev \
      xfonts-75dpi xfonts-base fontconfig \
 && rm -rf /var/lib/apt/lists/*

# wkhtmltox publishes bookworm_amd64.deb and bookworm_arm64.deb; dpkg tells us
# which one this image needs (amd64 on the Intel runners, arm64 on Graviton).
ARG WKHTML_VERSION=0.12.6.1-3
RUN set -eux; \
    debArch="$(dpkg --print-architecture)"; \
    curl -fsSLo /tmp/wkhtmltox.deb \
      "https://github.com/wkhtmltopdf/packaging/releases/download/${WKHTML_VERSION}/wkhtmltox_${WKHTML_VERSION}.bookworm_${debArch}.deb"; \
    apt-get update -qq; \
    apt-get install -y --no-install-recommends /tmp/wkhtmltox.deb; \
    rm -rf /var/lib/apt/lists/* /tmp/wkhtmltox.deb

COPY Gemfile Gemfile.lock ./
RUN bundle install --jobs 4
COPY . .
RUN SECRET_KEY_BASE_DUMMY=1 bundle exec rails assets:precompile
RUN useradd -m rails && chown -R rails:rails db log tmp
USER rails:rails
EXPOSE 3000
CMD ["bin/rails", "server", "-b", "0.0.0.0"]
