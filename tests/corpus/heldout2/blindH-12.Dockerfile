# corpus: modelled-on=older Rails + Sidekiq app (ruby:3.2-bookworm, nodesource, yarn) preloading jemalloc by its Debian multiarch path
# corpus: expect=AL403@12
FROM ruby:3.2-bookworm

RUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash - \
 && apt-get update -qq \
 && apt-get install -y --no-install-recommends nodejs libjemalloc2 libpq-dev postgresql-client \
 && npm install -g yarn \
 && rm -rf /var/lib/apt/lists/*

# jemalloc roughly halves Sidekiq RSS for us
ENV LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2 \
    MALLOC_CONF=dirty_decay_ms:1000,narenas:2 \
    RAILS_ENV=production \
    RAILS_LOG_TO_STDOUT=1

WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle config set without 'development test' && bundle install --jobs 4
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile
COPY . .
RUN SECRET_KEY_BASE=dummy bundle exec rails assets:precompile

EXPOSE 3000
CMD ["bundle", "exec", "puma", "-C", "config/puma.rb"]
