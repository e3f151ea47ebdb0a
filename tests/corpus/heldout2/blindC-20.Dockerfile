# corpus: modelled-on=Rails 7.1+ generated Dockerfile (jemalloc, base/build/final stages), LD_PRELOAD made arch-neutral
# corpus: expect=
ARG RUBY_VERSION=3.3.6
FROM ruby:${RUBY_VERSION}-slim-bookworm AS base
WORKDIR /rails
ENV RAILS_ENV=production \
    BUNDLE_DEPLOYMENT=1 \
    BUNDLE_PATH=/usr/local/bundle \
    BUNDLE_WITHOUT=development
# jemalloc lives in /usr/lib/x86_64-linux-gnu on amd64 and /usr/lib/aarch64-linux-gnu on arm64;
# link it to a fixed path so LD_PRELOAD is the same on both
RUN apt-get update -qq \
 && apt-get install -y --no-install-recommends libjemalloc2 libpq5 curl \
 && rm -rf /var/lib/apt/lists/* \
 && ln -s "/usr/lib/$(uname -m)-linux-gnu/libjemalloc.so.2" /usr/local/lib/libjemalloc.so.2
ENV LD_PRELOAD=/usr/local/lib/libjemalloc.so.2

FROM base AS build
RUN apt-get update -qq \
 && apt-get install -y --no-install-recommends build-essential git libpq-dev libyaml-dev pkg-config \
 && rm -rf /var/lib/apt/lists/*
COPY Gemfile Gemfile.lock ./
RUN bundle install \
 && rm -rf ~/.bundle/ "${BUNDLE_PATH}"/ruby/*/cache "${BUNDLE_PATH}"/ruby/*/bundler/gems/*/.git
COPY . .
RUN SECRET_KEY_BASE_DUMMY=1 ./bin/rails assets:precompile

FROM base
COPY --from=build "${BUNDLE_PATH}" "${BUNDLE_PATH}"
COPY --from=build /rails /rails
RUN groupadd --system --gid 1000 rails \
 && useradd rails --uid 1000 --gid 1000 --create-home --shell /bin/bash \
 && chown -R rails:rails db log storage tmp
USER 1000:1000
ENTRYPOINT ["/rails/bin/docker-entrypoint"]
EXPOSE 3000
CMD ["./bin/thrust", "./bin/rails", "server"]
