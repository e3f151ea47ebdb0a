# corpus: modelled-on=Perl Mojolicious app whose only stage was marked $BUILDPLATFORM to speed up cpanm in CI
# corpus: expect=AL208@3
FROM --platform=$BUILDPLATFORM perl:5.38-slim-bookworm

RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential libpq-dev libssl-dev zlib1g-dev \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY cpanfile ./
RUN cpanm --notest --installdeps . \
 && cpanm --notest Mojolicious Mojo::Pg IO::Socket::SSL EV \
 && rm -rf ~/.cpanm

COPY lib/ lib/
COPY script/ script/
COPY templates/ templates/
COPY public/ public/

RUN useradd --system --home /app app && chown -R app /app
USER app
ENV MOJO_MODE=production
EXPOSE 8080
HEALTHCHECK CMD perl -MIO::Socket::INET -e 'exit(IO::Socket::INET->new("127.0.0.1:8080") ? 0 : 1)'
CMD ["hypnotoad", "-f", "script/app"]
