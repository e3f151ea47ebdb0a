FROM ruby:3.3

# throw errors if Gemfile has been modified since Gemfile.lock
RUN bundle config --global frozen 1

RUN mkdir -p /usr/src/app
WORKDIR /usr/src/app

ONBUILD COPY Gemfile /usr/src/app/
ONBUILD COPY Gemfile.lock /usr/src/app/
ONBUILD RUN bundle install
ONBUILD COPY . /usr/src/app
onbuild ARG TARGETARCH
ONBUILD RUN echo "building for ${TARGETARCH}" \
            && uname -m
ONBUILD HEALTHCHECK --interval=1m CMD ["curl", "-f", "http://localhost:3000/up"]
ONBUILD ENTRYPOINT ["bundle", "exec"]
