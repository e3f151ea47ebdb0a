# corpus: modelled-on=Rails production image with libjemalloc2 preloaded through an arch-neutral symlink (rails 7.1 generator style)
# corpus: expect=
# syntax=docker/dockerfile:1
ARG RUBY_VERSION=3.3.5
FROM ruby:${RUBY_VERSION}-slim-bookworm AS base

WORKDIR /rails
ENV RAILS_ENV=production \
    BUNDLE_DEPLOYMENT=1 \
    BUNDLE_WITHOUT="development:test"

# Debian ships the .so under /usr/lib/x86_64-linux-gnu on amd64 and
# /usr/lib/aarch64-linux-gnu on arm64, so link it to a stable location.
RUN apt-get update -qq && \
    apt-get install --no-install-recommends -y curl libjemalloc2 libvips postgresql-client && \
    ln -s "/usr/lib/$(uname -m)-linux-gnu/libjemalloc.so.2" /usr/local/lib/libjemalloc.so.2 && \
    rm -rf /var/lib/apt/lists /var/cache/apt/archives
ENV LD_PRELOAD=/usr/local/lib/libjemalloc.so.2 \
    MALLOC_CONF="dirty_decay_ms:1000,narenas:2,background_thread:true"

FROM base AS build
RUN apt-get update -qq && apt-get install --no-install-recommends -y build-essential git libpq-dev
COPY Gemfile Gemfile.lock ./
RUN bundle install && rm -rf ~/.bundle/ "${BUNDLE_PATH}"/ruby/*/cache
COPY . .
RUN SECRET_KEY_BASE_DUMMY=1 ./bin/rails assets:precompile

FROM base
COPY --from=build /usr/local/bundle /usr/local/bundle
COPY --from=build /rails /rails
RUN useradd rails --create-home --shell /bin/bash && chown -R rails:rails db log storage tmp
USER rails
EXPOSE 3000
CMD ["./bin/rails", "server"]
