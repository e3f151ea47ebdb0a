# corpus: modelled-on=Rails CI/system-test image: google-chrome-stable only on amd64 (guarded), chromium elsewhere
# corpus: expect=
FROM ruby:3.2-bookworm

ARG TARGETARCH

RUN apt-get update -qq \
 && apt-get install -y --no-install-recommends curl gnupg libpq-dev nodejs npm \
 && rm -rf /var/lib/apt/lists/*

# Google only publishes chrome for amd64; arm64 runners get Debian's chromium
RUN set -eux; \
    if [ "$TARGETARCH" = "amd64" ]; then \
      curl -fsSL https://dl.google.com/linux/linux_signing_key.pub | gpg --dearmor -o /usr/share/keyrings/google.gpg; \
      echo "deb [arch=amd64 signed-by=/usr/share/keyrings/google.gpg] http://dl.google.com/linux/chrome/deb/ stable main" > /etc/apt/sources.list.d/google-chrome.list; \
      apt-get update -qq; apt-get install -y --no-install-recommends google-chrome-stable; \
    else \
      apt-get update -qq; apt-get install -y --no-install-recommends chromium chromium-driver; \
    fi; \
    rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle install --jobs 4
COPY package.json yarn.lock ./
RUN npm install -g yarn && yarn install --frozen-lockfile
COPY . .
CMD ["bin/rails", "test:system"]
