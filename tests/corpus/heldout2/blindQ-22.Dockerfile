# corpus: modelled-on=Rails + node for assets: node tarball from nodejs.org (linux-x64) and npm_config_arch pinned for native addons
# corpus: expect=AL301@6,AL205@12
FROM ruby:3.3-bookworm

ENV NODE_VERSION=20.11.1
RUN curl -fsSL https://nodejs.org/dist/v${NODE_VERSION}/node-v${NODE_VERSION}-linux-x64.tar.xz \
    | tar -xJ -C /usr/local --strip-components=1 \
 && npm install -g yarn@1.22.22 \
 && node --version

# sharp / esbuild prebuilds
ENV npm_config_arch=x64

RUN apt-get update -qq \
 && apt-get install -y --no-install-recommends libpq-dev libvips42 \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle install --jobs 4 --retry 3
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile
COPY . .
RUN SECRET_KEY_BASE_DUMMY=1 RAILS_ENV=production bin/rails assets:precompile
EXPOSE 3000
CMD ["bin/rails", "server", "-b", "0.0.0.0"]
