# corpus: modelled-on=ruby:2.7-slim rails_app Dockerfile with libjemalloc2 and LD_PRELOAD pinned to the x86_64 triplet
# corpus: expect=AL403@18
FROM ruby:3.2-slim

WORKDIR /rails_app

RUN apt-get update && apt-get -y upgrade && \
    apt-get install --no-install-recommends -y \
        build-essential \
        # git is needed for gems pulled from git repos
        git \
        # jemalloc 5 for lower RSS under puma
        libjemalloc2 \
        libpq-dev \
        nodejs \
        && apt-get clean && rm -rf /var/lib/apt/lists/*

ENV LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2
ENV MALLOC_CONF=dirty_decay_ms:1000,narenas:2,background_thread:true
ENV RAILS_ENV=production RAILS_LOG_TO_STDOUT=1

COPY Gemfile Gemfile.lock ./
RUN bundle config set without 'development test' && bundle install --jobs 4

COPY . .
RUN SECRET_KEY_BASE=dummy bundle exec rake assets:precompile

EXPOSE 3000
CMD ["bundle", "exec", "puma", "-C", "config/puma.rb"]
