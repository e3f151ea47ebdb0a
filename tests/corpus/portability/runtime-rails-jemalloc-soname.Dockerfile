# corpus: modelled-on=Rails images preloading jemalloc by soname (portable)
# corpus: expect=
FROM ruby:3.2-slim
RUN apt-get update -qq && apt-get install -y build-essential libpq-dev nodejs
RUN apt-get install -y libjemalloc2
ENV LD_PRELOAD=libjemalloc.so.2
WORKDIR /rails
COPY Gemfile Gemfile.lock ./
RUN bundle install
