# corpus: modelled-on=Rails multi-stage where the gem stage is pinned through a DOCKER_DEFAULT_PLATFORM-style ARG (cf. public "ARG PLATFORM=linux/amd64 / FROM --platform=${PLATFORM}" Dockerfiles)
# corpus: expect=AL201@8
# nokogiri/grpc wouldn't compile on the M1s, so the gem stage runs as amd64
# (Rosetta). Override with --build-arg GEM_PLATFORM=linux/arm64 if you must.
ARG GEM_PLATFORM=linux/amd64
ARG RUBY_VERSION=3.3.6

FROM --platform=${GEM_PLATFORM} ruby:${RUBY_VERSION}-slim AS gems
RUN apt-get update -qq \
 && apt-get install -y --no-install-recommends build-essential git libpq-dev libyaml-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /rails
ENV BUNDLE_DEPLOYMENT=1 BUNDLE_WITHOUT=development:test BUNDLE_PATH=/usr/local/bundle
COPY Gemfile Gemfile.lock ./
RUN bundle install && rm -rf "${BUNDLE_PATH}"/ruby/*/cache

FROM ruby:${RUBY_VERSION}-slim
RUN apt-get update -qq \
 && apt-get install -y --no-install-recommends libpq5 libyaml-0-2 curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /rails
ENV BUNDLE_DEPLOYMENT=1 BUNDLE_WITHOUT=development:test BUNDLE_PATH=/usr/local/bundle RAILS_ENV=production
COPY --from=gems /usr/local/bundle /usr/local/bundle
COPY . .
RUN useradd rails -m && chown -R rails:rails log tmp storage
USER rails
EXPOSE 3000
CMD ["./bin/thrust", "./bin/rails", "server"]
