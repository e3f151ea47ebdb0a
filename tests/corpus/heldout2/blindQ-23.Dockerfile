# corpus: modelled-on=Rails API forcing source builds of native gems (nokogiri/grpc/sassc) via BUNDLE_FORCE_RUBY_PLATFORM, lockfile carries both linux platforms
# corpus: expect=
FROM ruby:3.2-bookworm AS build

ENV BUNDLE_FORCE_RUBY_PLATFORM=true \
    BUNDLE_WITHOUT="development:test" \
    BUNDLE_JOBS=4 \
    MAKEFLAGS="-j4"

RUN apt-get update -qq \
 && apt-get install -y --no-install-recommends build-essential libxml2-dev libxslt1-dev zlib1g-dev libpq-dev \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY Gemfile Gemfile.lock ./
# lockfile is generated on mac laptops; make sure both server platforms are listed
RUN bundle lock --add-platform x86_64-linux aarch64-linux \
 && bundle config set build.nokogiri --use-system-libraries \
 && bundle install \
 && rm -rf /usr/local/bundle/cache

FROM ruby:3.2-slim-bookworm
RUN apt-get update -qq \
 && apt-get install -y --no-install-recommends libxml2 libxslt1.1 libpq5 \
 && rm -rf /var/lib/apt/lists/*
COPY --from=build /usr/local/bundle /usr/local/bundle
WORKDIR /app
COPY . .
ENV RAILS_ENV=production
CMD ["bundle", "exec", "puma", "-C", "config/puma.rb"]
