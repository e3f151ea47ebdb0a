# corpus: modelled-on=company Rails API image where jemalloc path and dbmate binary were written on an Intel laptop
# corpus: expect=AL403@14,AL301@19
FROM ruby:3.2-bookworm

RUN apt-get update && apt-get install -y --no-install-recommends \
        libjemalloc2 libpq-dev nodejs npm imagemagick poppler-utils \
        locales curl \
    && sed -i -e 's/# en_US.UTF-8 UTF-8/en_US.UTF-8 UTF-8/' /etc/locale.gen \
    && dpkg-reconfigure --frontend=noninteractive locales \
    && rm -rf /var/lib/apt/lists/*

ENV LANG=en_US.UTF-8 \
    LC_ALL=en_US.UTF-8 \
    LD_PRELOAD=/usr/lib/x86_64-linux-gnu/libjemalloc.so.2

# dbmate for schema migrations (replaces rake db:migrate in k8s jobs)
ARG DBMATE_VERSION=2.11.0
RUN curl -fsSL -o /usr/local/bin/dbmate \
        https://github.com/amacneil/dbmate/releases/download/v${DBMATE_VERSION}/dbmate-linux-amd64 \
    && chmod +x /usr/local/bin/dbmate

WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle config set without 'development test' \
    && bundle install --jobs 4 --retry 3
COPY . .

RUN groupadd -r app && useradd -r -g app -d /app app && chown -R app:app /app
USER app
EXPOSE 3000
CMD ["bundle", "exec", "puma", "-C", "config/puma.rb"]
