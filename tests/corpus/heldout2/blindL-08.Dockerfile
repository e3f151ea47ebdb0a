# corpus: modelled-on=Rails app with wicked_pdf needing wkhtmltox .deb from GitHub releases (cf. zulu .deb install in ubuntu:18.04 image, google-chrome-stable_current_amd64.deb installs)
# corpus: expect=AL301@16,AL302@18
FROM ruby:3.2-bookworm

ENV RAILS_ENV=production \
    BUNDLE_WITHOUT="development:test" \
    BUNDLE_DEPLOYMENT=1

RUN apt-get update -qq \
 && apt-get install -y --no-install-recommends \
      build-essential libpq-dev nodejs xfonts-75dpi xfonts-base fontconfig \
 && rm -rf /var/lib/apt/lists/*

# wicked_pdf wants the patched-Qt build, not the distro wkhtmltopdf
RUN cd /tmp \
 && curl -fsSLO https://github.com/wkhtmltopdf/packaging/releases/download/0.12.6.1-3/wkhtmltox_0.12.6.1-3.bookworm_amd64.deb \
 && apt-get update -qq \
 && apt-get install -y --no-install-recommends ./wkhtmltox_0.12.6.1-3.bookworm_amd64.deb \
 && rm -rf /var/lib/apt/lists/* /tmp/*.deb

WORKDIR /rails
COPY Gemfile Gemfile.lock ./
# bcrypt / nokogiri / pg native extensions
RUN bundle install --jobs 4 && rm -rf ~/.bundle/ "${BUNDLE_PATH}"/ruby/*/cache
COPY . .
RUN SECRET_KEY_BASE_DUMMY=1 bundle exec rails assets:precompile

RUN useradd rails --create-home --shell /bin/bash && chown -R rails:rails db log storage tmp
USER rails
EXPOSE 3000
CMD ["bin/rails", "server", "-b", "0.0.0.0"]
