# corpus: modelled-on=Rails Dockerfiles (ruby slim + build-essential + libpq-dev, force_ruby_platform) with wkhtmltox .deb for PDF invoices
# corpus: expect=AL301@16,AL302@17,AL402@23
FROM ruby:3.3-slim-bookworm

ENV RAILS_ENV=production \
    BUNDLE_DEPLOYMENT=1 \
    BUNDLE_WITHOUT=development:test \
    BUNDLE_PATH=/usr/local/bundle

RUN apt-get update -qq \
 && apt-get install -y --no-install-recommends build-essential libpq-dev libyaml-dev git curl \
      fontconfig libjpeg62-turbo libxrender1 xfonts-75dpi xfonts-base \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /tmp
RUN curl -fsSLO https://github.com/wkhtmltopdf/packaging/releases/download/0.12.6.1-3/wkhtmltox_0.12.6.1-3.bookworm_amd64.deb \
 && dpkg -i wkhtmltox_0.12.6.1-3.bookworm_amd64.deb \
 && rm wkhtmltox_0.12.6.1-3.bookworm_amd64.deb

WORKDIR /rails
COPY Gemfile Gemfile.lock ./
# squeeze a bit more out of native gems (nokogiri, pg, puma)
ENV CFLAGS="-O2 -march=native" \
    MAKEFLAGS="-j4"
RUN bundle config set --local force_ruby_platform true \
 && bundle install \
 && rm -rf ~/.bundle "${BUNDLE_PATH}"/ruby/*/cache

COPY . .
RUN bundle exec bootsnap precompile app/ lib/ \
 && SECRET_KEY_BASE_DUMMY=1 bundle exec rails assets:precompile

RUN useradd rails --create-home --shell /bin/bash \
 && chown -R rails:rails db log storage tmp
USER rails:rails
EXPOSE 3000
CMD ["bundle", "exec", "puma", "-C", "config/puma.rb"]
