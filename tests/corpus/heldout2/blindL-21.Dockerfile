# corpus: modelled-on=Rails 7 app with tailwindcss standalone CLI and esbuild via npm (cf. rails/tailwindcss-rails, dpkg-architecture install snippets)
# corpus: expect=
FROM ruby:3.3-slim-bookworm AS build
RUN apt-get update -qq \
 && apt-get install -y --no-install-recommends build-essential curl git libpq-dev nodejs npm \
 && rm -rf /var/lib/apt/lists/*

ARG TAILWIND_VERSION=v3.4.15
# Upstream names: tailwindcss-linux-x64 / tailwindcss-linux-arm64.
RUN set -eux; \
    case "$(dpkg --print-architecture)" in \
      amd64) tw=linux-x64 ;; \
      arm64) tw=linux-arm64 ;; \
      *) echo "no tailwind binary for $(dpkg --print-architecture)" >&2; exit 1 ;; \
    esac; \
    curl -fsSLo /usr/local/bin/tailwindcss \
      "https://github.com/tailwindlabs/tailwindcss/releases/download/${TAILWIND_VERSION}/tailwindcss-${tw}"; \
    chmod +x /usr/local/bin/tailwindcss

WORKDIR /rails
COPY Gemfile Gemfile.lock package.json package-lock.json ./
# esbuild's postinstall picks @esbuild/linux-x64 or @esbuild/linux-arm64 itself
RUN bundle install --jobs 4 && npm ci
COPY . .
RUN npx esbuild app/javascript/*.js --bundle --outdir=app/assets/builds \
 && tailwindcss -i app/assets/stylesheets/application.tailwind.css -o app/assets/builds/application.css --minify \
 && SECRET_KEY_BASE_DUMMY=1 bundle exec rails assets:precompile

FROM ruby:3.3-slim-bookworm
RUN apt-get update -qq && apt-get install -y --no-install-recommends libpq5 && rm -rf /var/lib/apt/lists/*
WORKDIR /rails
COPY --from=build /usr/local/bundle /usr/local/bundle
COPY --from=build /rails /rails
RUN useradd -m rails && chown -R rails:rails log tmp
USER rails
CMD ["bin/rails", "server", "-b", "0.0.0.0"]
