# corpus: modelled-on=Rails app whose asset stage was pinned to linux/amd64 to dodge a sassc/node-sass issue on Apple silicon
# corpus: expect=AL201@3
FROM --platform=linux/amd64 node:18-bullseye-slim AS assets
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile
COPY app/javascript app/javascript
COPY app/assets app/assets
RUN yarn build && yarn build:css

FROM ruby:3.1-slim-bullseye
RUN apt-get update -qq \
 && apt-get install -y --no-install-recommends build-essential libpq-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle config set without 'development test' \
 && bundle install --jobs 4
COPY . .
COPY --from=assets /app/app/assets/builds app/assets/builds
ENV RAILS_SERVE_STATIC_FILES=1 RAILS_ENV=production
RUN SECRET_KEY_BASE=1 bundle exec rails assets:precompile
CMD ["bundle", "exec", "puma", "-C", "config/puma.rb"]
