# corpus: modelled-on=Rails app installing a vendored x86_64 nokogiri gem and copying jemalloc from an amd64-tagged helper image (shpml/jemalloc-docker-image README shape)
# corpus: expect=AL209@14,AL303@19
FROM ruby:3.3-slim-bookworm

ENV RAILS_ENV=production \
    BUNDLE_WITHOUT=development:test \
    BUNDLE_PATH=/usr/local/bundle

RUN apt-get update -qq \
 && apt-get install -y --no-install-recommends build-essential libpq-dev git curl \
 && rm -rf /var/lib/apt/lists/*

# prebuilt jemalloc so we do not compile it on every deploy
COPY --from=ghcr.io/acme-ops/jemalloc:5.3.0-amd64 /usr/local/lib/libjemalloc.so.2 /usr/local/lib/
ENV LD_PRELOAD=/usr/local/lib/libjemalloc.so.2

WORKDIR /app
# vendored precompiled nokogiri keeps CI offline-friendly
COPY vendor/cache/nokogiri-1.16.5-x86_64-linux.gem vendor/cache/
COPY Gemfile Gemfile.lock ./
RUN bundle install --local --jobs 4 || bundle install --jobs 4

COPY . .
RUN SECRET_KEY_BASE_DUMMY=1 bin/rails assets:precompile
EXPOSE 3000
CMD ["bin/rails", "server", "-b", "0.0.0.0"]
