# corpus: modelled-on=Rails production image (rails new style) preloading jemalloc via LD_PRELOAD
# corpus: expect=
FROM ruby:3.3-slim-bookworm
RUN apt-get update \
 && apt-get install -y --no-install-recommends libjemalloc2 build-essential libpq-dev curl \
 && rm -rf /var/lib/apt/lists/*
# libjemalloc sits in /usr/lib/x86_64-linux-gnu on amd64 and /usr/lib/aarch64-linux-gnu
# on arm64; link it to one fixed path so LD_PRELOAD is identical on both.
RUN ln -s "/usr/lib/$(uname -m)-linux-gnu/libjemalloc.so.2" /usr/local/lib/libjemalloc.so.2
ENV LD_PRELOAD=/usr/local/lib/libjemalloc.so.2 \
    MALLOC_CONF=dirty_decay_ms:1000,narenas:2 \
    RAILS_ENV=production \
    BUNDLE_DEPLOYMENT=1 \
    BUNDLE_WITHOUT=development:test
WORKDIR /rails
COPY Gemfile Gemfile.lock ./
RUN bundle install --jobs 4 \
 && rm -rf ~/.bundle/ /usr/local/bundle/ruby/*/cache
COPY . .
RUN SECRET_KEY_BASE_DUMMY=1 ./bin/rails assets:precompile
RUN useradd rails --create-home --shell /bin/bash \
 && chown -R rails:rails db log storage tmp
USER rails:rails
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s CMD curl -fs http://localhost:3000/up || exit 1
ENTRYPOINT ["/rails/bin/docker-entrypoint"]
CMD ["./bin/rails", "server", "-b", "0.0.0.0"]
