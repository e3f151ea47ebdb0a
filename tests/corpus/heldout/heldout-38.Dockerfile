# corpus: modelled-on=Rails app Dockerfiles that preload jemalloc, arch-independent via a symlink
# corpus: expect=
FROM ruby:3.3-slim-bookworm
WORKDIR /app
RUN set -eux; \
    apt-get update -qq; \
    apt-get install --no-install-recommends -y libjemalloc2 build-essential libpq-dev; \
    rm -rf /var/lib/apt/lists/*; \
    ln -s "/usr/lib/$(uname -m)-linux-gnu/libjemalloc.so.2" /usr/local/lib/libjemalloc.so
ENV LD_PRELOAD=/usr/local/lib/libjemalloc.so \
    MALLOC_CONF=dirty_decay_ms:1000,narenas:2,background_thread:true
COPY Gemfile Gemfile.lock ./
RUN bundle config set --local without 'development test' && bundle install --jobs 4
COPY . .
EXPOSE 9292
CMD ["bundle", "exec", "puma", "-C", "config/puma.rb"]
